import { boundaries } from '../../content/boundaries'
import type { DecisionGraph, Outcome, OutcomeId } from '../graph/graph-schema'
import { scaffoldFiles } from '../graph/outcome-scaffold'
import { firstValue, hrefWithQuery, type QueryValue } from '../query-string'
import {
  checkFeatureName,
  checkOperationName,
  checkOperationPath,
  plannerFields,
  type PlannerError,
} from './plan-validation'

/**
 * A whole feature's plan: several operations (the page that lists invites, the form that sends one,
 * the endpoint the mobile app calls), each answered through the wizard's questions, combined into
 * one set of entry points around one shared service. The plan lives in the address:
 * ?feature=project+invites&op=app-router/page-needs-data|List invites&op=…
 */
export type Operation = { name: string; answers: string[] }
export type PlannedOperation = Operation & { outcomeId: string; outcome: Outcome }

export const maxOperations = 12

export function encodeOperation({ name, answers }: Operation): string {
  return `${answers.join('/')}|${name}`
}

export type PlanQuery = {
  feature: string | null
  /** The plan's answer to the first question (where the routes live), asked once per plan. */
  router: string | null
  operations: PlannedOperation[]
  /** Each part of the link that could not be restored, or was restored changed, and why. */
  problems: PlannerError[]
}

/** The plan's router: the first answer of its first operation. */
export const planRouter = (operations: readonly Operation[]): string | null =>
  operations[0]?.answers[0] ?? null

/**
 * Reads a plan from the query with the form's own checks (plan-validation.ts): what passes is
 * restored, and every part that does not is named in `problems`.
 */
export function readPlanQuery(graph: DecisionGraph, query: Record<string, QueryValue>): PlanQuery {
  const feature = firstValue(query.feature)?.trim() || null
  const encoded = query.op === undefined ? [] : Array.isArray(query.op) ? query.op : [query.op]
  const operations: PlannedOperation[] = []
  const problems: PlannerError[] = []
  const featureError = checkFeatureName(feature)
  if (featureError) {
    problems.push({
      field: plannerFields.feature,
      message: `The feature name in this link cannot be used: ${featureError} Choose another below.`,
    })
  }
  for (const [index, value] of encoded.entries()) {
    const separator = value.indexOf('|')
    const path = separator < 0 ? value : value.slice(0, separator)
    const answers = path.split('/').filter(Boolean)
    const label = `Operation ${index + 1} in this link`
    if (operations.length >= maxOperations) {
      problems.push({
        message: `${label} is past the limit of ${maxOperations} operations; it was left out.`,
      })
      continue
    }
    const checked = checkOperationPath(graph, answers, planRouter(operations))
    if (!checked.ok) {
      problems.push({ message: `${label}: ${checked.message} It was left out.` })
      continue
    }
    const { name, error } = checkOperationName(separator < 0 ? '' : value.slice(separator + 1))
    if (error) problems.push({ message: `${label}: ${error} It was cut to fit.` })
    operations.push({
      name: name || checked.outcome.title,
      answers,
      outcomeId: checked.outcomeId,
      outcome: checked.outcome,
    })
  }
  return { feature, router: planRouter(operations), operations, problems }
}

export function planHref(feature: string | null, operations: readonly Operation[]): string {
  const params = new URLSearchParams()
  if (feature) params.set('feature', feature)
  for (const operation of operations) params.append('op', encodeOperation(operation))
  return hrefWithQuery('/plan/', params)
}

/** Decisions that only read: a page's first render, a browser's fetch after load, a file or a feed. */
const readOnlyOutcomes: ReadonlySet<string> = new Set<OutcomeId>([
  'server-component-read',
  'route-handler-for-browser-fetch',
  'route-handler-for-custom-response',
  'pages-data-read',
  'api-route-for-browser-fetch',
  'api-route-for-custom-response',
])

export type CombinedPlan = {
  /** Every entry point: the operation's name, its decision's title and its boundaries besides the service. */
  entryPoints: Array<{ name: string; title: string; boundaryNames: string[] }>
  /** True when two or more operations change data, or one decision already asks for a service. */
  sharedService: boolean
  /** True when at least one operation may change data (not every outcome is a read). */
  changesData: boolean
  /** The example files the scaffold starts from, each once, in operation order. */
  roots: string[]
  /** Every checklist item, each once. */
  checklist: string[]
}

export function combinePlan(operations: readonly PlannedOperation[]): CombinedPlan {
  const unique = <T>(items: T[]) => [...new Set(items)]
  const changing = operations.filter((operation) => !readOnlyOutcomes.has(operation.outcomeId))
  const sharedService =
    changing.length > 1 || operations.some((operation) => operation.outcome.boundaries.includes('service'))
  return {
    changesData: changing.length > 0,
    entryPoints: operations.map((operation) => ({
      name: operation.name,
      title: operation.outcome.title,
      boundaryNames: operation.outcome.boundaries
        .filter((id) => id !== 'service')
        .map((id) => boundaries[id].name),
    })),
    sharedService,
    roots: unique([
      ...(sharedService ? ['features/projects/service.ts'] : []),
      ...operations.flatMap((operation) => scaffoldFiles(operation.outcome)),
    ]),
    checklist: unique(operations.flatMap((operation) => operation.outcome.checklist)),
  }
}
