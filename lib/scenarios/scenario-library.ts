import { z } from 'zod'
import { scenarios as rawScenarios } from '../../content/scenarios'
import { decisionGraph } from '../graph/decision-graph'
import { resolve } from '../wizard/engine'
import type { DecisionGraph, Outcome } from '../graph/graph-schema'
import { slugPattern } from '../wizard/wizard-url'
import type { TrailStep } from '../wizard/engine'

const scenarioSchema = z.object({
  slug: z.string().regex(slugPattern),
  title: z.string().min(1),
  description: z.string().min(1),
  answers: z.array(z.string()).min(1),
  /** The recipe of the outcome that fits this feature; its page shows that recipe. */
  recipe: z.string().optional(),
})

export type Scenario = z.infer<typeof scenarioSchema> & {
  outcomeId: string
  outcome: Outcome
  trail: TrailStep[]
}

export class ScenarioError extends Error {
  constructor(readonly problems: string[]) {
    super(`The scenario list is broken:\n- ${problems.join('\n- ')}`)
    this.name = 'ScenarioError'
  }
}

/** Checks every scenario and resolves its answers to an outcome; a scenario that no longer resolves is an error. */
export function loadScenarios(input: unknown, graph: DecisionGraph): Scenario[] {
  const parsed = z.array(z.unknown()).parse(input)
  const problems: string[] = []
  const seen = new Set<string>()
  const loaded: Scenario[] = []
  for (const [index, raw] of parsed.entries()) {
    const result = scenarioSchema.safeParse(raw)
    if (!result.success) {
      problems.push(
        `Scenario #${index + 1}: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
      )
      continue
    }
    const scenario = result.data
    if (seen.has(scenario.slug)) problems.push(`Scenario "${scenario.slug}" is listed twice`)
    seen.add(scenario.slug)
    const resolution = resolve(graph, scenario.answers)
    if (resolution.kind !== 'result') {
      const detail =
        resolution.kind === 'invalid'
          ? `the answer "${resolution.badSegment}" is not valid after /${resolution.validPrefix.join('/')}`
          : `it stops at the question "${resolution.questionId}"`
      problems.push(`Scenario "${scenario.slug}" no longer resolves to an outcome: ${detail}`)
      continue
    }
    if (scenario.recipe && resolve(graph, [...scenario.answers, scenario.recipe]).kind !== 'result') {
      problems.push(
        `Scenario "${scenario.slug}" names the recipe "${scenario.recipe}", which is not one of the outcome "${resolution.outcomeId}"'s`,
      )
      continue
    }
    loaded.push({
      ...scenario,
      outcomeId: resolution.outcomeId,
      outcome: resolution.outcome,
      trail: resolution.trail,
    })
  }
  if (problems.length > 0) throw new ScenarioError(problems)
  return loaded
}

/** The site's scenarios, checked against the graph when first imported. */
export const scenarioLibrary = loadScenarios(rawScenarios, decisionGraph)

export function findScenario(slug: string): Scenario | undefined {
  return scenarioLibrary.find((scenario) => scenario.slug === slug)
}
