import { decisionGraph } from '../../graph/decision-graph'
import { exampleCode, type ExampleCode } from './example-code'
import { decisionMapData } from './map-page-data'
import { findScenario, scenarioLibrary } from '../../scenarios/scenario-library'
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
    boundaryNames: outcomeView(scenario.outcomeId, scenario.outcome).boundaries.map(
      (boundary) => boundary.name,
    ),
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
  const result = wizardView(decisionGraph, scenario.answers)
  if (result.kind !== 'result') throw new Error(`Scenario "${slug}" does not end on an answer`)
  return {
    props: {
      ssg: {
        scenario: { ...summary, wizardHref: wizardHref(scenario.answers) },
        answers: result.answers,
        outcome: result.outcome,
        trail: result.trail,
        pathNodeIds: result.pathNodeIds,
        examples: await exampleCode(result.outcome.examples),
        ...decisionMapData(),
      },
    },
  }
}

export function scenarioListStaticProps() {
  return { props: { ssg: { scenarios: scenarioSummaries() } } }
}
