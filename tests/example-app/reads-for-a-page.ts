import type { ExampleAppContext } from './recipe-checks'

/** The recipes of content/recipes/reads-for-a-page.ts under `next start`. */
export function readsForAPageChecks(app: ExampleAppContext): void {
  void app
}
