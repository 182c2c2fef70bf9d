import type { ExampleAppContext } from './recipe-checks'

/** The recipes of content/recipes/other-callers.ts under `next start`. */
export function otherCallersChecks(app: ExampleAppContext): void {
  void app
}
