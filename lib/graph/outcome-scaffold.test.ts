import { describe, expect, it } from 'vitest'
import { checkedGraph } from './checked-graph'
import { decisionGraph } from './decision-graph'
import { smallGraph } from './graph-fixture.test-helper'
import type { DecisionGraph, Outcome } from './graph-schema'
import { validateGraph } from './graph-validation'
import { scaffoldFiles } from './outcome-scaffold'

const outcomesOf = (graph: DecisionGraph) =>
  Object.entries(graph.nodes).flatMap(([id, node]) => (node.kind === 'outcome' ? [[id, node] as const] : []))

const outcomeIn = (graph: DecisionGraph, id: string): Outcome => {
  const node = graph.nodes[id]
  if (node?.kind !== 'outcome') throw new Error(`"${id}" is not an outcome`)
  return node
}

describe('scaffoldFiles', () => {
  it('starts from the examples when an outcome names no scaffold, and from its scaffold when it does', () => {
    const raw = smallGraph()
    Object.assign(raw.nodes['action-result']!, { scaffold: ['app/actions.ts'] })
    const graph = validateGraph(raw)
    expect(scaffoldFiles(outcomeIn(graph, 'read-result'))).toEqual(['app/page.tsx'])
    expect(scaffoldFiles(outcomeIn(graph, 'action-result'))).toEqual(['app/actions.ts'])
  })

  it('rejects an empty scaffold list rather than reading it as "none"', () => {
    const raw = smallGraph()
    Object.assign(raw.nodes['action-result']!, { scaffold: [] })
    expect(() => validateGraph(raw)).toThrow('Node "action-result" at scaffold')
  })

  it('gives the browser view of the graph the same files as the validated one', () => {
    const validated = outcomesOf(decisionGraph)
    expect(validated.length).toBeGreaterThan(0)
    for (const [id, outcome] of validated)
      expect(scaffoldFiles(outcomeIn(checkedGraph, id)), id).toEqual(scaffoldFiles(outcome))
    expect(scaffoldFiles(outcomeIn(checkedGraph, 'route-handler-for-webhook'))).toEqual([
      'app/api/webhooks/stripe/route.ts',
      'features/billing/stripe-signature.ts',
      'features/billing/webhook-events.ts',
    ])
    expect(scaffoldFiles(outcomeIn(checkedGraph, 'server-component-read'))).toEqual([
      'app/dashboard/projects/page.tsx',
    ])
  })

  it('finds no outcome in content/graph.ts that repeats its examples as its scaffold', () => {
    const repeated = outcomesOf(decisionGraph)
      .filter(([, outcome]) => JSON.stringify(outcome.scaffold) === JSON.stringify(outcome.examples))
      .map(([id]) => id)
    expect(repeated).toEqual([])
  })
})
