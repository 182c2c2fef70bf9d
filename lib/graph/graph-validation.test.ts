import { describe, expect, it } from 'vitest'
import { decisionGraph } from '../../content/graph'
import { smallGraph } from './graph-fixture.test-helper'
import { GraphError, validateGraph } from './graph-validation'

function problemsOf(graph: unknown): string[] {
  try {
    validateGraph(graph)
    return []
  } catch (error) {
    if (error instanceof GraphError) return error.problems
    throw error
  }
}

describe('validateGraph', () => {
  it('accepts the site’s graph and the small test graph', () => {
    expect(problemsOf(decisionGraph)).toEqual([])
    expect(problemsOf(smallGraph())).toEqual([])
  })

  it('rejects an unreachable node, naming it', () => {
    const graph = smallGraph()
    graph.nodes['orphan'] = { ...graph.nodes['read-result']! }
    expect(problemsOf(graph)).toEqual(['Node "orphan" is unreachable from the start node "router"'])
  })

  it('rejects an answer pointing nowhere, naming the question and the answer', () => {
    const graph = smallGraph()
    graph.nodes['trigger']!.answers![1]!.next = 'no-such-node'
    expect(problemsOf(graph)).toContain(
      'Answer "our-interface" of question "trigger" points to "no-such-node", which is not a node',
    )
  })

  it('rejects a cycle, naming the nodes on it', () => {
    const graph = smallGraph()
    graph.nodes['trigger']!.answers![1]!.next = 'router'
    expect(problemsOf(graph)).toContain('Cycle through node "router": router → trigger → router')
  })

  it('rejects a question with fewer than two answers', () => {
    const graph = smallGraph()
    graph.nodes['trigger']!.answers!.pop()
    delete graph.nodes['action-result']
    expect(problemsOf(graph)).toEqual(['Question "trigger" has 1 answer(s); a question needs at least two'])
  })

  it('rejects an unknown boundary id, naming the node and the id', () => {
    const graph = smallGraph()
    graph.nodes['read-result']!.boundaries = ['server-component', 'graphql-resolver']
    expect(problemsOf(graph)).toEqual(['Node "read-result" names an unknown boundary id "graphql-resolver"'])
  })

  it('rejects a duplicate answer slug within a question', () => {
    const graph = smallGraph()
    graph.nodes['trigger']!.answers![1]!.slug = 'page-needs-data'
    expect(problemsOf(graph)).toEqual(['Question "trigger" uses the answer slug "page-needs-data" twice'])
  })

  it('rejects a slug that cannot appear in a URL', () => {
    const graph = smallGraph()
    graph.nodes['router']!.answers![0]!.slug = 'App Router'
    expect(problemsOf(graph)).toEqual([
      'Node "router" at answers.0.slug: must be lower-case words joined by hyphens',
    ])
  })

  it('rejects a missing start node and a path with more than five questions', () => {
    expect(problemsOf({ ...smallGraph(), start: 'nowhere' })).toContain(
      'The start node "nowhere" does not exist',
    )
    const graph = smallGraph()
    const chain = ['q1', 'q2', 'q3', 'q4', 'q5']
    for (const [index, id] of chain.entries()) {
      graph.nodes[id] = {
        kind: 'question',
        prompt: id,
        help: 'Help.',
        answers: [
          {
            slug: 'deeper',
            label: 'Deeper',
            help: 'h',
            reason: 'r',
            next: chain[index + 1] ?? 'read-result',
          },
          { slug: 'stop', label: 'Stop', help: 'h', reason: 'r', next: 'action-result' },
        ],
      } as never
    }
    graph.nodes['trigger']!.answers![0]!.next = 'q1'
    expect(problemsOf(graph)).toEqual([
      'Node "router" starts a path of 7 questions; no reader may answer more than 5',
    ])
  })
})
