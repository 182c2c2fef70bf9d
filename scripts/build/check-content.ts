import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { errorEntries as siteErrorEntries } from '../../content/errors'
import { decisionGraph as siteGraph } from '../../content/graph'
import { recipes as siteRecipes } from '../../content/recipes'
import { scenarios as siteScenarios } from '../../content/scenarios'
import { validateGraph } from '../../lib/graph/graph-validation'
import { docsLinkProblem, docsPages, readDocsFiles } from '../../lib/build/nextjs-docs'
import { verifiedNextVersions } from '../../lib/build/verified-versions'
import { loadErrorEntries, type ErrorLinkTargets } from '../../lib/errors/load-errors'
import { loadRecipes, recipesByOutcome } from '../../lib/recipes/load-recipes'
import { loadScenarios } from '../../lib/scenarios/scenario-library'
import { currentExampleAppDir } from '../test/example-app-install'

const pagesDir = join(import.meta.dirname, '../../pages')

/** Whether a site path such as /guide/route-handlers/#webhooks names an MDX page of pages/. */
export function isSitePage(path: string, dir = pagesDir): boolean {
  const route = path.replace(/[#?].*$/, '').replace(/^\/|\/$/g, '')
  return [`${route}.mdx`, `${route}/index.mdx`].some((file) => existsSync(join(dir, file)))
}

/**
 * How a link of an error page is checked: site paths against pages/, nextjs.org/docs links against
 * the docs that Next.js 16 ships, when that copy is installed (npm test installs it first).
 */
export function errorLinkTargets(recipeSlugs: ReadonlySet<string>, docsDir?: string): ErrorLinkTargets {
  const docs = docsDir && existsSync(docsDir) ? docsPages(readDocsFiles(docsDir)) : undefined
  const previousMajors = [verifiedNextVersions.previous.split('.')[0]!]
  return {
    recipeSlugs,
    sitePage: (path) => isSitePage(path),
    ...(docs ? { docsLinkProblem: (url: string) => docsLinkProblem(url, docs, previousMajors) } : {}),
  }
}

/**
 * The first step of `npm run build`: checks the decision graph, the recipes and the scenarios, and
 * fails with a message naming the broken node, recipe or scenario before Next.js starts.
 * `tsx scripts/build/check-content.ts [graph.json [scenarios.json]]` checks other files (used by tests).
 */
export function checkContent(
  graphInput: unknown,
  scenarioInput: unknown,
  recipeInput: readonly unknown[] = siteRecipes,
  errorInput: readonly unknown[] = siteErrorEntries,
  docsDir: string | undefined = join(currentExampleAppDir, 'node_modules/next/dist/docs'),
): string {
  const checkedGraph = validateGraph(graphInput)
  const recipes = loadRecipes(recipeInput, checkedGraph)
  const graph = { ...checkedGraph, recipes: recipesByOutcome(recipes) }
  const scenarios = loadScenarios(scenarioInput, graph)
  const errors = loadErrorEntries(
    errorInput,
    errorLinkTargets(new Set(recipes.map((recipe) => recipe.slug)), docsDir),
  )
  const questions = Object.values(graph.nodes).filter((node) => node.kind === 'question').length
  return `check-content: ${questions} questions, ${Object.keys(graph.nodes).length - questions} outcomes, ${recipes.length} recipes, ${scenarios.length} scenarios, ${errors.length} error pages`
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
