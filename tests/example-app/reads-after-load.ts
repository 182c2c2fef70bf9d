import type { ExampleAppContext } from './recipe-checks'

/** The recipes of content/recipes/reads-after-load.ts under `next start`. */
export function readsAfterLoadChecks(app: ExampleAppContext): void {
  void app
}
