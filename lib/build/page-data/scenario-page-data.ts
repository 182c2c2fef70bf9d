import { boundaries } from '../../../content/boundaries'
import { decisionGraph, recipeLibrary } from '../../graph/decision-graph'
import { exampleCode, type ExampleCode } from './example-code'
import { decisionMapData } from './map-page-data'
import { findScenario, scenarioLibrary } from '../../scenarios/scenario-library'
import type { RecipeLinkView, RecipeView } from '../../recipes/recipe-view'
import { outcomeView, wizardView, type OutcomeView, type TrailEntryView } from '../../wizard/wizard-view'
import { wizardHref } from '../../wizard/wizard-url'

export type ScenarioSummary = {
  slug: string
  href: string
  title: string
  description: string
  boundaryNames: string[]
}

export type ScenarioPageData = {
  scenario: ScenarioSummary & { wizardHref: string }
  answers: string[]
  outcome: OutcomeView
  /** The recipe that fits the scenario, shown instead of the outcome's general answer. */
  recipe: RecipeView | null
  recipes: RecipeLinkView[]
  trail: TrailEntryView[]
  pathNodeIds: string[]
  examples: ExampleCode[]
} & ReturnType<typeof decisionMapData>

export const scenarioHref = (slug: string) => `/scenarios/${slug}/`

export function scenarioSummaries(): ScenarioSummary[] {
  return scenarioLibrary.map((scenario) => ({
    slug: scenario.slug,
    href: scenarioHref(scenario.slug),
    title: scenario.title,
    description: scenario.description,
    // A scenario with a recipe answers with the recipe's boundaries, which its page shows.
    boundaryNames: (
      recipeLibrary
        .find((recipe) => recipe.slug === scenario.recipe)
        ?.boundaries.map((id) => boundaries[id]) ??
      outcomeView(scenario.outcomeId, scenario.outcome).boundaries
    ).map((boundary) => boundary.name),
  }))
}

export function scenarioStaticPaths() {
  return {
    paths: scenarioLibrary.map((scenario) => ({ params: { slug: scenario.slug } })),
    fallback: false as const,
  }
}

export async function scenarioStaticProps(slug: string): Promise<{ props: { ssg: ScenarioPageData } }> {
  const scenario = findScenario(slug)
  if (!scenario) throw new Error(`No scenario "${slug}"`)
  const summary = scenarioSummaries().find((candidate) => candidate.slug === slug)!
  // The scenario's answer is the wizard's result page for the same answers: one view for both.
  const path = scenario.recipe ? [...scenario.answers, scenario.recipe] : scenario.answers
  const result = wizardView(decisionGraph, path, recipeLibrary)
  if (result.kind !== 'result') throw new Error(`Scenario "${slug}" does not end on an answer`)
  return {
    props: {
      ssg: {
        scenario: { ...summary, wizardHref: wizardHref(path) },
        answers: result.answers,
        outcome: result.outcome,
        recipe: result.recipe,
        recipes: result.recipes,
        trail: result.trail,
        pathNodeIds: result.pathNodeIds,
        examples: await exampleCode(result.recipe ? result.recipe.code : result.outcome.examples),
        ...decisionMapData(),
      },
    },
  }
}

export function scenarioListStaticProps() {
  return { props: { ssg: { scenarios: scenarioSummaries() } } }
}
