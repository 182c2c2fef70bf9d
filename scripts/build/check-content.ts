import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { decisionGraph as siteGraph } from '../../content/graph'
import { recipes as siteRecipes } from '../../content/recipes'
import { scenarios as siteScenarios } from '../../content/scenarios'
import { validateGraph } from '../../lib/graph/graph-validation'
import { loadRecipes, recipesByOutcome } from '../../lib/recipes/load-recipes'
import { loadScenarios } from '../../lib/scenarios/scenario-library'

/**
 * The first step of `npm run build`: checks the decision graph, the recipes and the scenarios, and
 * fails with a message naming the broken node, recipe or scenario before Next.js starts.
 * `tsx scripts/build/check-content.ts [graph.json [scenarios.json]]` checks other files (used by tests).
 */
export function checkContent(
  graphInput: unknown,
  scenarioInput: unknown,
  recipeInput: readonly unknown[] = siteRecipes,
): string {
  const checkedGraph = validateGraph(graphInput)
  const recipes = loadRecipes(recipeInput, checkedGraph)
  const graph = { ...checkedGraph, recipes: recipesByOutcome(recipes) }
  const scenarios = loadScenarios(scenarioInput, graph)
  const questions = Object.values(graph.nodes).filter((node) => node.kind === 'question').length
  return `check-content: ${questions} questions, ${Object.keys(graph.nodes).length - questions} outcomes, ${recipes.length} recipes, ${scenarios.length} scenarios`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [graphFile, scenarioFile] = process.argv.slice(2)
  const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown
  try {
    console.log(
      checkContent(
        graphFile ? readJson(graphFile) : siteGraph,
        scenarioFile ? readJson(scenarioFile) : siteScenarios,
      ),
    )
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
