import type { DecisionGraph } from '../graph/graph-schema'
import { recipeSchema, type Recipe } from './recipe-schema'

export class RecipeError extends Error {
  constructor(readonly problems: string[]) {
    super(`The recipe list is broken:\n- ${problems.join('\n- ')}`)
    this.name = 'RecipeError'
  }
}

function answerSlugs(graph: DecisionGraph): Set<string> {
  return new Set(
    Object.values(graph.nodes).flatMap((node) =>
      node.kind === 'question' ? node.answers.map((answer) => answer.slug) : [],
    ),
  )
}

/**
 * Checks every recipe against its schema and the graph: a unique slug that is not also an answer
 * slug (a recipe's wizard address ends with its slug), and outcomes that exist. A broken recipe
 * fails the build naming it.
 */
export function loadRecipes(input: readonly unknown[], graph: DecisionGraph): Recipe[] {
  const problems: string[] = []
  const loaded: Recipe[] = []
  const seen = new Set<string>()
  const answers = answerSlugs(graph)
  for (const [index, raw] of input.entries()) {
    const parsed = recipeSchema.safeParse(raw)
    const name = (raw as { slug?: unknown })?.slug
    const label = typeof name === 'string' ? `Recipe "${name}"` : `Recipe #${index + 1}`
    if (!parsed.success) {
      problems.push(
        `${label}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
      )
      continue
    }
    const recipe = parsed.data
    if (seen.has(recipe.slug)) problems.push(`${label} is listed twice`)
    seen.add(recipe.slug)
    if (answers.has(recipe.slug)) problems.push(`${label} has the slug of a wizard answer`)
    for (const outcomeId of recipe.outcomes) {
      if (graph.nodes[outcomeId]?.kind !== 'outcome')
        problems.push(`${label} names "${outcomeId}", which is not an outcome of the graph`)
    }
    if (new Set(recipe.outcomes).size !== recipe.outcomes.length)
      problems.push(`${label} names one outcome twice`)
    loaded.push(recipe)
  }
  if (problems.length > 0) throw new RecipeError(problems)
  return loaded
}

/** Each outcome's recipe slugs, in the order of the list. */
export function recipesByOutcome(recipes: readonly Recipe[]): Record<string, string[]> {
  const byOutcome: Record<string, string[]> = {}
  for (const recipe of recipes)
    for (const outcomeId of recipe.outcomes) (byOutcome[outcomeId] ??= []).push(recipe.slug)
  return byOutcome
}
