import type { ExampleAppContext } from './recipe-checks'

/** Checks of the schedules recipes' code under `next start`. */
export function schedulesChecks(app: ExampleAppContext): void {
  void app
}
