import { boundaries } from '../../content/boundaries'
import type { DecisionGraph } from '../graph/graph-schema'
import { firstPathToEachNode } from '../graph/graph-paths'
import { buildFileTree, type FileTreeNode } from '../file-tree'
import type { BoundaryView } from '../wizard/wizard-view'
import { wizardHref } from '../wizard/wizard-url'
import { recipeHref } from './recipe-href'
import { recipeScaffoldRoots, recipeScaffoldWord } from './recipe-scaffold'
import { parseInline, type InlinePart } from './inline-text'
import { recipeGroups, type Recipe } from './recipe-schema'

/** A trap with its texts parsed for inline code and links. */
export type TrapView = {
  symptom: InlinePart[]
  message: string | null
  source: 'next' | 'browser' | 'app' | null
  cause: InlinePart[]
  fix: InlinePart[]
}

/** A recipe in a list: one line each, linking to the recipe where the reader is (wizard or /recipes/). */
export type RecipeLinkView = { slug: string; title: string; summary: string; href: string }

/** Plain, serialisable data for one recipe: what the recipe page and the wizard's recipe result render. */
export type RecipeView = {
  slug: string
  title: string
  summary: string
  description: string
  /** Its page, /recipes/<slug>/. */
  href: string
  /** The shortest wizard address that ends on it. */
  wizardHref: string
  group: { id: string; title: string }
  /** The outcome it belongs to (its home), with the wizard address of that outcome. */
  outcome: { id: string; title: string; href: string }
  boundaries: BoundaryView[]
  whenThisFits: InlinePart[][]
  fileTree: FileTreeNode[]
  /**
   * What "Make it yours" builds from: the listed files, and the word the reader's name replaces
   * ('' for none).
   */
  scaffold: { roots: string[]; word: string }
  code: Array<{ file: string; region: string | null; role: InlinePart[] }>
  runTargets: string[]
  checklist: InlinePart[][]
  traps: TrapView[]
  readNext: Array<{ title: string; href: string }>
}

export function groupOf(recipe: Pick<Recipe, 'group'>) {
  return recipeGroups.find((group) => group.id === recipe.group)!
}

/**
 * The shortest wizard address of each recipe: its home outcome's first path, then its slug.
 * `firstPaths` is firstPathToEachNode(graph), for a caller that already has it.
 */
export function recipeWizardHref(
  graph: DecisionGraph,
  recipe: Pick<Recipe, 'slug' | 'outcomes'>,
  firstPaths = firstPathToEachNode(graph),
): string {
  const path = firstPaths.get(recipe.outcomes[0]!)
  if (!path) throw new Error(`Recipe "${recipe.slug}": its outcome "${recipe.outcomes[0]}" is not reachable`)
  return wizardHref([...path, recipe.slug])
}

/**
 * The view of one recipe. `recipes` is the whole list, so that a bare /recipes/<slug>/ in a text
 * becomes a link named after that recipe (and a slug that does not exist fails the build).
 */
export function recipeView(graph: DecisionGraph, recipe: Recipe, recipes: readonly Recipe[]): RecipeView {
  const titleOf = (path: string) => recipes.find((candidate) => recipeHref(candidate.slug) === path)?.title
  const inline = (text: string) => {
    try {
      return parseInline(text, titleOf)
    } catch (error) {
      throw new Error(`Recipe "${recipe.slug}": ${(error as Error).message}`)
    }
  }
  const outcomeId = recipe.outcomes[0]!
  const firstPaths = firstPathToEachNode(graph)
  const outcome = graph.nodes[outcomeId]
  if (outcome?.kind !== 'outcome') throw new Error(`Recipe "${recipe.slug}": no outcome "${outcomeId}"`)
  return {
    slug: recipe.slug,
    title: recipe.title,
    summary: recipe.summary,
    description: recipe.description,
    href: recipeHref(recipe.slug),
    wizardHref: recipeWizardHref(graph, recipe, firstPaths),
    group: groupOf(recipe),
    outcome: {
      id: outcomeId,
      title: outcome.title,
      href: wizardHref(firstPaths.get(outcomeId) ?? []),
    },
    boundaries: recipe.boundaries.map((id) => ({ id, ...boundaries[id] })),
    whenThisFits: recipe.whenThisFits.map(inline),
    fileTree: buildFileTree(recipe.files),
    scaffold: { roots: recipeScaffoldRoots(recipe), word: recipeScaffoldWord(recipe) },
    code: recipe.code.map((code) => ({
      file: code.file,
      region: code.region ?? null,
      role: inline(code.role),
    })),
    runTargets: recipe.runTargets,
    checklist: recipe.checklist.map(inline),
    traps: recipe.traps.map((trap) => ({
      symptom: inline(trap.symptom),
      message: trap.message ?? null,
      source: trap.source ?? null,
      cause: inline(trap.cause),
      fix: inline(trap.fix),
    })),
    readNext: recipe.readNext,
  }
}

/** An outcome's recipes as links: under `answers` in the wizard, or to their pages when left out. */
export function recipeLinks(
  recipes: readonly Recipe[],
  outcomeId: string,
  answers?: readonly string[],
): RecipeLinkView[] {
  return recipes
    .filter((recipe) => recipe.outcomes.includes(outcomeId))
    .map((recipe) => ({
      slug: recipe.slug,
      title: recipe.title,
      summary: recipe.summary,
      href: answers ? wizardHref([...answers, recipe.slug]) : recipeHref(recipe.slug),
    }))
}
