import type { ExampleAppContext } from './recipe-checks'

/** Checks of the webhooks recipes' code under `next start`. */
export function webhooksChecks(app: ExampleAppContext): void {
  void app
}
