import { decisionGraph as rawGraph } from '../../content/graph'
import { recipes as rawRecipes } from '../../content/recipes'
import { loadRecipes, recipesByOutcome } from '../recipes/load-recipes'
import type { DecisionGraph } from './graph-schema'
import { validateGraph } from './graph-validation'

const graph = validateGraph(rawGraph)

/** The site's recipes, checked against the graph when first imported: a broken recipe fails the build. */
export const recipeLibrary = loadRecipes(rawRecipes, graph)

/**
 * The site's decision graph, validated once when first imported (a broken graph fails the build),
 * with each outcome's recipes: a wizard address may end on one of them.
 */
export const decisionGraph: DecisionGraph = { ...graph, recipes: recipesByOutcome(recipeLibrary) }
