import { parseFeatureName } from '../result-tools/feature-name'
import type { DecisionGraph, Outcome } from '../graph/graph-schema'
import { resolve } from '../wizard/engine'
import { slugPattern } from '../wizard/wizard-url'
import type { MigrationPlan } from './migration-plan'

/**
 * The planners' checks, one set for both ways a plan arrives: typed into the form, or read from a
 * shared link. The form shows each failure in an error summary that links to the field; a link
 * restores what passes and names, in the same words, each part that did not.
 */
export type PlannerError = {
  message: string
  /** The id of the field to fix, when a field can fix it. */
  field?: string
  /** For a route list: the line the message is about. */
  line?: number
}

/** The ids of the fields the errors link to. */
export const plannerFields = {
  feature: 'plan-feature',
  operationName: 'operation-name',
  routes: 'routes',
} as const

export const operationNameMaxLength = 80

/** An operation's name as it is kept: trimmed, single spaces, no control characters. */
export function checkOperationName(input: string): { name: string; error: string | null } {
  const name = input
    .replace(/\p{Cc}/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ')
  const length = Array.from(name).length
  if (length <= operationNameMaxLength) return { name, error: null }
  return {
    name: Array.from(name).slice(0, operationNameMaxLength).join('').trim(),
    error: `The name has ${length} characters; the limit is ${operationNameMaxLength}.`,
  }
}

/** The feature name, or why it cannot be used; a blank name is no name, not an error. */
export function checkFeatureName(input: string | null): string | null {
  if (input === null || input.trim() === '') return null
  const parsed = parseFeatureName(input)
  return parsed.ok ? null : parsed.message
}

/** The label of the first question's answer ("The app/ folder (App Router)"), or the slug itself. */
export function routerLabel(graph: DecisionGraph, slug: string): string {
  const start = graph.nodes[graph.start]
  const answer = start?.kind === 'question' ? start.answers.find((item) => item.slug === slug) : undefined
  return answer ? answer.label : slug
}

export type PathCheck = { ok: true; outcomeId: string; outcome: Outcome } | { ok: false; message: string }

/**
 * Checks an operation's answers. A plan covers one project, so the first question (where the routes
 * live) is answered once: every operation must start with the plan's answer, when it has one.
 */
export function checkOperationPath(
  graph: DecisionGraph,
  answers: readonly string[],
  planRouter: string | null,
): PathCheck {
  if (!answers.every((slug) => slugPattern.test(slug))) {
    return { ok: false, message: 'Its answer path is not made of answer slugs.' }
  }
  const resolution = resolve(graph, [...answers])
  if (resolution.kind !== 'result') {
    return {
      ok: false,
      message: `Its answers (${answers.join('/') || 'none'}) do not lead to an answer.`,
    }
  }
  const router = answers[0]
  if (planRouter !== null && router !== undefined && router !== planRouter) {
    return {
      ok: false,
      message: `It is for ${lowerFirst(routerLabel(graph, router))}, and this plan is for ${lowerFirst(routerLabel(graph, planRouter))}: a plan covers one router.`,
    }
  }
  return { ok: true, outcomeId: resolution.outcomeId, outcome: resolution.outcome }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/** The route list's errors: an empty list is one, then each line that cannot be planned. */
export function routeListErrors(plan: MigrationPlan): PlannerError[] {
  if (plan.routes.length === 0 && plan.errors.length === 0) {
    return [
      {
        field: plannerFields.routes,
        message:
          'Enter at least one route: its file path under pages/api/, a colon and who calls it, for example “pages/api/projects.ts: own form”.',
      },
    ]
  }
  return plan.errors.map((error) => ({
    field: plannerFields.routes,
    line: error.line,
    message: `Line ${error.line} (${error.text}): ${error.message}`,
  }))
}
