import { decisionGraph } from './decision-graph'
import { layoutDiagram } from './diagram-layout'
import { graphOutline } from './graph-outline'
import { findScenario, scenarioLibrary } from './scenario-library'
import { outcomeView, trailView, type OutcomeView, type TrailEntryView } from './wizard-view'
import { wizardHref } from './wizard-url'

export type ScenarioSummary = {
  slug: string
  href: string
  title: string
  description: string
  boundaryNames: string[]
}

export type ScenarioPageData = {
  scenario: ScenarioSummary & { wizardHref: string }
  outcome: OutcomeView
  trail: TrailEntryView[]
  pathNodeIds: string[]
  layout: ReturnType<typeof layoutDiagram>
  outline: ReturnType<typeof graphOutline>
}

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

export function scenarioStaticProps(slug: string): { props: { ssg: ScenarioPageData } } {
  const scenario = findScenario(slug)
  if (!scenario) throw new Error(`No scenario "${slug}"`)
  const summary = scenarioSummaries().find((candidate) => candidate.slug === slug)!
  return {
    props: {
      ssg: {
        scenario: { ...summary, wizardHref: wizardHref(scenario.answers) },
        outcome: outcomeView(scenario.outcomeId, scenario.outcome),
        trail: trailView(scenario.trail),
        pathNodeIds: [...scenario.trail.map((step) => step.questionId), scenario.outcomeId],
        layout: layoutDiagram(decisionGraph),
        outline: graphOutline(decisionGraph),
      },
    },
  }
}

export function scenarioListStaticProps() {
  return { props: { ssg: { scenarios: scenarioSummaries() } } }
}
