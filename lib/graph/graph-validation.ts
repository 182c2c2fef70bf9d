import { decisionGraphSchema, graphNodeSchema, type DecisionGraph, type GraphNode } from './graph-schema'

/** The most questions any reader may be asked on one path. */
export const maxQuestionsPerPath = 5

export class GraphError extends Error {
  constructor(readonly problems: string[]) {
    super(`The decision graph is broken:\n- ${problems.join('\n- ')}`)
    this.name = 'GraphError'
  }
}

function describeNodeIssues(id: string, raw: unknown): { node?: GraphNode; problems: string[] } {
  const parsed = graphNodeSchema.safeParse(raw)
  if (parsed.success) return { node: parsed.data, problems: [] }
  return {
    problems: parsed.error.issues.map((issue) => {
      const where = issue.path.join('.')
      if (issue.path[0] === 'boundaries' && issue.code === 'invalid_value') {
        const value = (raw as { boundaries?: unknown[] }).boundaries?.[Number(issue.path[1])]
        return `Node "${id}" names an unknown boundary id "${String(value)}"`
      }
      return `Node "${id}"${where ? ` at ${where}` : ''}: ${issue.message}`
    }),
  }
}

function findCycle(graph: DecisionGraph): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null
    if (state.get(id) === 'visiting') return [...stack.slice(stack.indexOf(id)), id]
    const node = graph.nodes[id]
    if (!node) return null
    state.set(id, 'visiting')
    stack.push(id)
    if (node.kind === 'question') {
      for (const answer of node.answers) {
        const cycle = visit(answer.next)
        if (cycle) return cycle
      }
    }
    stack.pop()
    state.set(id, 'done')
    return null
  }
  return visit(graph.start)
}

function reachableFrom(graph: DecisionGraph, start: string): Set<string> {
  const seen = new Set<string>()
  const queue = [start]
  while (queue.length > 0) {
    const id = queue.shift()!
    const node = graph.nodes[id]
    if (seen.has(id) || !node) continue
    seen.add(id)
    if (node.kind === 'question') queue.push(...node.answers.map((answer) => answer.next))
  }
  return seen
}

/** The most questions asked on any path from `id` to an outcome (graph must be acyclic). */
function longestQuestionChain(graph: DecisionGraph, id: string, memo = new Map<string, number>()): number {
  const known = memo.get(id)
  if (known !== undefined) return known
  const node = graph.nodes[id]
  const length =
    !node || node.kind === 'outcome'
      ? 0
      : 1 + Math.max(...node.answers.map((answer) => longestQuestionChain(graph, answer.next, memo)))
  memo.set(id, length)
  return length
}

/**
 * Parses and checks a decision graph. Throws a GraphError listing every problem, each naming the
 * node: unknown fields or boundary ids, a question with fewer than two answers, a duplicate answer
 * slug, an answer pointing nowhere, a cycle, an unreachable node, a path with too many questions.
 */
export function validateGraph(input: unknown): DecisionGraph {
  const shape = decisionGraphSchema.safeParse(input)
  if (!shape.success) throw new GraphError(shape.error.issues.map((issue) => `Graph: ${issue.message}`))

  const problems: string[] = []
  const nodes: Record<string, GraphNode> = {}
  for (const [id, raw] of Object.entries(shape.data.nodes)) {
    const { node, problems: nodeProblems } = describeNodeIssues(id, raw)
    problems.push(...nodeProblems)
    if (node) nodes[id] = node
  }
  const graph: DecisionGraph = { start: shape.data.start, nodes }

  const startNode = shape.data.nodes[graph.start]
  if (!startNode) problems.push(`The start node "${graph.start}" does not exist`)
  else if (nodes[graph.start]?.kind === 'outcome')
    problems.push(`The start node "${graph.start}" must be a question`)

  for (const [id, node] of Object.entries(nodes)) {
    if (node.kind !== 'question') continue
    if (node.answers.length < 2) {
      problems.push(`Question "${id}" has ${node.answers.length} answer(s); a question needs at least two`)
    }
    const slugs = new Set<string>()
    for (const answer of node.answers) {
      if (slugs.has(answer.slug))
        problems.push(`Question "${id}" uses the answer slug "${answer.slug}" twice`)
      slugs.add(answer.slug)
      if (!(answer.next in shape.data.nodes)) {
        problems.push(
          `Answer "${answer.slug}" of question "${id}" points to "${answer.next}", which is not a node`,
        )
      }
    }
  }

  if (problems.length === 0) {
    const cycle = findCycle(graph)
    if (cycle) {
      problems.push(`Cycle through node "${cycle[0]}": ${cycle.join(' → ')}`)
    } else {
      const reachable = reachableFrom(graph, graph.start)
      for (const id of Object.keys(nodes)) {
        if (!reachable.has(id))
          problems.push(`Node "${id}" is unreachable from the start node "${graph.start}"`)
      }
      const memo = new Map<string, number>()
      const longest = longestQuestionChain(graph, graph.start, memo)
      if (longest > maxQuestionsPerPath) {
        const deepest = [...memo.entries()].filter(([, length]) => length === longest).map(([id]) => id)
        problems.push(
          `Node "${deepest[0]}" starts a path of ${longest} questions; no reader may answer more than ${maxQuestionsPerPath}`,
        )
      }
    }
  }

  if (problems.length > 0) throw new GraphError(problems)
  return graph
}
