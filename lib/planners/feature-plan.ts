import { boundaries } from '../../content/boundaries'
import { resolve } from '../wizard/engine'
import type { DecisionGraph, Outcome } from '../graph/graph-schema'
import { scaffoldFiles } from '../graph/outcome-scaffold'
import { firstValue, hrefWithQuery, type QueryValue } from '../query-string'
import { slugPattern } from '../wizard/wizard-url'

/**
 * A whole feature's plan: several operations (the page that lists invites, the form that sends one,
 * the endpoint the mobile app calls), each answered through the wizard's questions, combined into
 * one set of entry points around one shared service. The plan lives in the address:
 * ?feature=project+invites&op=app-router/page-needs-data|List invites&op=…
 */
export type Operation = { name: string; answers: string[] }
export type PlannedOperation = Operation & { outcomeId: string; outcome: Outcome }

export const operationNameMaxLength = 80
export const maxOperations = 12

export function encodeOperation({ name, answers }: Operation): string {
  return `${answers.join('/')}|${name}`
}

export type PlanQuery = { feature: string | null; operations: PlannedOperation[]; problems: string[] }

/** Reads a plan from the query; an operation that is not a decision is left out and named in `problems`. */
export function readPlanQuery(graph: DecisionGraph, query: Record<string, QueryValue>): PlanQuery {
  const feature = firstValue(query.feature)
  const encoded = query.op === undefined ? [] : Array.isArray(query.op) ? query.op : [query.op]
  const operations: PlannedOperation[] = []
  const problems: string[] = []
  for (const [index, value] of encoded.entries()) {
    const separator = value.indexOf('|')
    const path = separator < 0 ? value : value.slice(0, separator)
    const name = (separator < 0 ? '' : value.slice(separator + 1)).trim().slice(0, operationNameMaxLength)
    const answers = path.split('/').filter(Boolean)
    const label = `Operation ${index + 1} in this link`
    if (operations.length >= maxOperations) {
      problems.push(`${label} is past the limit of ${maxOperations} operations and was left out.`)
      continue
    }
    if (!answers.every((slug) => slugPattern.test(slug))) {
      problems.push(`${label} has an answer path that is not made of answer slugs; it was left out.`)
      continue
    }
    const resolution = resolve(graph, answers)
    if (resolution.kind !== 'result') {
      problems.push(`${label} does not lead to an answer (${path || 'no answers'}); it was left out.`)
      continue
    }
    operations.push({
      name: name || resolution.outcome.title,
      answers,
      outcomeId: resolution.outcomeId,
      outcome: resolution.outcome,
    })
  }
  return { feature: feature ?? null, operations, problems }
}

export function planHref(feature: string | null, operations: readonly Operation[]): string {
  const params = new URLSearchParams()
  if (feature) params.set('feature', feature)
  for (const operation of operations) params.append('op', encodeOperation(operation))
  return hrefWithQuery('/plan/', params)
}

export type CombinedPlan = {
  /** Every entry point: the operation's name, its decision's title and its boundaries besides the service. */
  entryPoints: Array<{ name: string; title: string; boundaryNames: string[] }>
  /** True when two or more operations exist, or one decision already asks for a service. */
  sharedService: boolean
  /** The example files the scaffold starts from, each once, in operation order. */
  roots: string[]
  /** Every checklist item, each once. */
  checklist: string[]
}

export function combinePlan(operations: readonly PlannedOperation[]): CombinedPlan {
  const unique = <T>(items: T[]) => [...new Set(items)]
  const sharedService =
    operations.length > 1 || operations.some((operation) => operation.outcome.boundaries.includes('service'))
  return {
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
