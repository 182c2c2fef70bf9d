import type { ExampleAppContext } from './recipe-checks'

/** The recipes of content/recipes/outside-the-app.ts under `next start`. */
export function outsideTheAppChecks(app: ExampleAppContext): void {
  void app
}
