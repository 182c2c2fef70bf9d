import type { Outcome } from './graph-schema'

/**
 * The example files an outcome's scaffold starts from: its `scaffold` list, or its `examples` when
 * content/graph.ts leaves `scaffold` out. A function rather than a zod default, so the browser's
 * unparsed view of the graph (lib/graph/checked-graph.ts) and the build give the same files.
 */
export function scaffoldFiles(outcome: Pick<Outcome, 'examples' | 'scaffold'>): string[] {
  return outcome.scaffold ?? outcome.examples
}
