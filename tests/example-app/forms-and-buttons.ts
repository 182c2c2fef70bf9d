import type { ExampleAppContext } from './recipe-checks'

/** The recipes of content/recipes/forms-and-buttons.ts under `next start`. */
export function formsAndButtonsChecks(app: ExampleAppContext): void {
  void app
}
