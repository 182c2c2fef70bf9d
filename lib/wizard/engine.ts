import type { Answer, DecisionGraph, Outcome, Question } from '../graph/graph-schema'

/** One answered question: what was asked, what the reader chose, and why it matters. */
export type TrailStep = {
  questionId: string
  prompt: string
  answer: Answer
  /** The answers before this question: the wizard step where it is asked (for "Change"). */
  askedAt: string[]
}

export type Resolution =
  | { kind: 'step'; questionId: string; question: Question; trail: TrailStep[]; remainingAtMost: number }
  | {
      kind: 'result'
      outcomeId: string
      outcome: Outcome
      trail: TrailStep[]
      /** The recipe the address ends on, one of the outcome's; null for the outcome itself. */
      recipe: string | null
    }
  | { kind: 'invalid'; trail: TrailStep[]; validPrefix: string[]; badSegment: string; problem: string }

/** The most questions left on any path from this node, this one included. */
export function questionsLeftAtMost(graph: DecisionGraph, nodeId: string): number {
  const node = graph.nodes[nodeId]
  if (!node || node.kind === 'outcome') return 0
  return 1 + Math.max(...node.answers.map((answer) => questionsLeftAtMost(graph, answer.next)))
}

/**
 * Walks the answers from the start question: the next question to ask, the result, or why the
 * path is invalid together with its longest valid prefix.
 */
export function resolve(graph: DecisionGraph, answers: readonly string[]): Resolution {
  const trail: TrailStep[] = []
  let nodeId = graph.start
  for (const [index, slug] of answers.entries()) {
    const node = graph.nodes[nodeId]!
    const validPrefix = answers.slice(0, index)
    if (node.kind === 'outcome') {
      const isLast = index === answers.length - 1
      if (isLast && graph.recipes?.[nodeId]?.includes(slug)) {
        return { kind: 'result', outcomeId: nodeId, outcome: node, trail, recipe: slug }
      }
      return {
        kind: 'invalid',
        trail,
        validPrefix,
        badSegment: slug,
        problem: 'The wizard had already reached its answer, and this is not one of its recipes.',
      }
    }
    const answer = node.answers.find((candidate) => candidate.slug === slug)
    if (!answer) {
      return {
        kind: 'invalid',
        trail,
        validPrefix,
        badSegment: slug,
        problem: 'This is not one of the answers to that question.',
      }
    }
    trail.push({ questionId: nodeId, prompt: node.prompt, answer, askedAt: validPrefix })
    nodeId = answer.next
  }
  const node = graph.nodes[nodeId]!
  if (node.kind === 'outcome')
    return { kind: 'result', outcomeId: nodeId, outcome: node, trail, recipe: null }
  return {
    kind: 'step',
    questionId: nodeId,
    question: node,
    trail,
    remainingAtMost: questionsLeftAtMost(graph, nodeId),
  }
}
