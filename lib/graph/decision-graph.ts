import { decisionGraph as rawGraph } from '../../content/graph'
import { validateGraph } from './graph-validation'

/** The site's decision graph, validated once when first imported: a broken graph fails the build. */
export const decisionGraph = validateGraph(rawGraph)
