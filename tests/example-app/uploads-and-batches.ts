import type { ExampleAppContext } from './recipe-checks'

/** The recipes of content/recipes/uploads-and-batches.ts under `next start`. */
export function uploadsAndBatchesChecks(app: ExampleAppContext): void {
  void app
}
