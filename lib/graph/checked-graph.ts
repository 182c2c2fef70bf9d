import { decisionGraph } from '../../content/graph'
import type { DecisionGraph } from './graph-schema'

/**
 * The decision graph for code that runs in the browser. `npm run build` validates it before Next.js
 * starts (scripts/build/check-content.ts) and the build-time pages use lib/graph/decision-graph.ts, which
 * validates again; this view skips the validator so zod stays out of the browser bundles.
 */
export const checkedGraph = decisionGraph as unknown as DecisionGraph
