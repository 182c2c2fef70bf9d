import { boundaries, type BoundaryId } from '../../content/boundaries'
import { resolve, type TrailStep } from './engine'
import { buildFileTree, type FileTreeNode } from '../file-tree'
import type { DecisionGraph, Outcome } from '../graph/graph-schema'
import { firstPathToEachNode } from '../graph/graph-paths'
import { scaffoldFiles } from '../graph/outcome-scaffold'
import { wizardAnswerHref, wizardHref } from './wizard-url'
import type { Recipe } from '../recipes/recipe-schema'
import { recipeLinks, recipeView, type RecipeLinkView, type RecipeView } from '../recipes/recipe-view'

/** Plain, serialisable data for one wizard page or scenario page: what the components render. */
export type TrailEntryView = { prompt: string; answer: string; reason: string; changeHref: string }

export type BoundaryView = { id: BoundaryId; name: string; summary: string; article: string; docs: string }

export type OutcomeView = {
  id: string
  title: string
  boundaries: BoundaryView[]
  reason: string
  flow: string[]
  fileTree: FileTreeNode[]
  examples: string[]
  /** The example files "Make it yours" starts from (lib/graph/outcome-scaffold.ts). */
  scaffold: string[]
  checklist: string[]
  articles: Array<{ title: string; href: string }>
  /** The heading above the outcome's recipes. */
  recipePrompt: string
}

export type OutcomeLinkView = { id: string; title: string; href: string; boundaryNames: string[] }

export type WizardView =
  | {
      kind: 'step'
      href: string
      /** The step before, with the answer given there marked; null on the first question. */
      backHref: string | null
      questionId: string
      prompt: string
      help: string
      answers: Array<{ slug: string; label: string; help: string; href: string }>
      questionNumber: number
      questionsAtMost: number
      trail: TrailEntryView[]
      /** Every possible answer, for readers who want to skim first (on the first question only). */
      allOutcomes: OutcomeLinkView[]
      /** The questions answered so far and this one: the path the diagram highlights. */
      pathNodeIds: string[]
    }
  | {
      kind: 'result'
      href: string
      backHref: string
      /** The answer slugs that lead here, for tools that rebuild the decision from the graph. */
      answers: string[]
      outcome: OutcomeView
      /** The outcome's recipes, each at its wizard address under these answers. */
      recipes: RecipeLinkView[]
      /** The recipe this address ends on, or null on the outcome itself. */
      recipe: RecipeView | null
      trail: TrailEntryView[]
      pathNodeIds: string[]
    }

export function trailView(trail: readonly TrailStep[]): TrailEntryView[] {
  return trail.map((step) => ({
    prompt: step.prompt,
    answer: step.answer.label,
    reason: step.answer.reason,
    changeHref: wizardAnswerHref(step.askedAt, step.answer.slug),
  }))
}

/** The heading above an outcome's recipes unless the outcome asks its own question. */
export const defaultRecipePrompt = 'Which of these is your feature?'

export function outcomeView(id: string, outcome: Outcome): OutcomeView {
  return {
    id,
    title: outcome.title,
    boundaries: outcome.boundaries.map((boundaryId) => ({ id: boundaryId, ...boundaries[boundaryId] })),
    reason: outcome.reason,
    flow: outcome.flow,
    fileTree: buildFileTree(outcome.files),
    examples: outcome.examples,
    scaffold: scaffoldFiles(outcome),
    checklist: outcome.checklist,
    articles: outcome.articles,
    recipePrompt: outcome.recipePrompt ?? defaultRecipePrompt,
  }
}

export function allOutcomeLinks(graph: DecisionGraph): OutcomeLinkView[] {
  const firstPaths = firstPathToEachNode(graph)
  return Object.entries(graph.nodes).flatMap(([id, node]) =>
    node.kind === 'outcome'
      ? [
          {
            id,
            title: node.title,
            href: wizardHref(firstPaths.get(id) ?? []),
            boundaryNames: node.boundaries.map((boundaryId) => boundaries[boundaryId].name),
          },
        ]
      : [],
  )
}

/**
 * The view of the wizard page at these answers (the last may name one of the outcome's `recipes`);
 * throws for a path that is not prerendered.
 */
export function wizardView(
  graph: DecisionGraph,
  answers: readonly string[],
  recipes: readonly Recipe[] = [],
): WizardView {
  const resolution = resolve(graph, answers)
  const href = wizardHref(answers)
  const trail = trailView(resolution.trail)
  const lastAnswer = answers.at(-1)
  const backHref = lastAnswer === undefined ? null : wizardAnswerHref(answers.slice(0, -1), lastAnswer)
  if (resolution.kind === 'invalid') throw new Error(`No wizard page for ${href}: ${resolution.problem}`)
  if (resolution.kind === 'result') {
    const recipe = resolution.recipe
      ? recipes.find((candidate) => candidate.slug === resolution.recipe)
      : null
    if (recipe === undefined) throw new Error(`No wizard page for ${href}: no recipe "${resolution.recipe}"`)
    // On a recipe, "Back" returns to the outcome's list of recipes; the answers are the outcome's.
    const outcomeAnswers = recipe ? answers.slice(0, -1) : answers
    return {
      kind: 'result',
      href,
      backHref: recipe ? wizardHref(outcomeAnswers) + `#recipe-${recipe.slug}` : (backHref ?? wizardHref([])),
      answers: [...outcomeAnswers],
      outcome: outcomeView(resolution.outcomeId, resolution.outcome),
      recipes: recipeLinks(recipes, resolution.outcomeId, outcomeAnswers),
      recipe: recipe ? recipeView(graph, recipe, recipes) : null,
      trail,
      pathNodeIds: [...resolution.trail.map((step) => step.questionId), resolution.outcomeId],
    }
  }
  const { question } = resolution
  return {
    kind: 'step',
    href,
    backHref,
    questionId: resolution.questionId,
    prompt: question.prompt,
    help: question.help,
    answers: question.answers.map((answer) => ({
      slug: answer.slug,
      label: answer.label,
      help: answer.help,
      href: wizardHref([...answers, answer.slug]),
    })),
    questionNumber: answers.length + 1,
    questionsAtMost: answers.length + resolution.remainingAtMost,
    trail,
    allOutcomes: answers.length === 0 ? allOutcomeLinks(graph) : [],
    pathNodeIds: [...resolution.trail.map((step) => step.questionId), resolution.questionId],
  }
}
