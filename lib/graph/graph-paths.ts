import type { DecisionGraph } from './graph-schema'

/**
 * Every answer path from the start that ends on a question, an outcome or one of an outcome's recipes:
 * one prerendered page each.
 */
export function allAnswerPaths(graph: DecisionGraph): string[][] {
  const paths: string[][] = []
  const walk = (nodeId: string, answers: string[]) => {
    paths.push(answers)
    const node = graph.nodes[nodeId]
    if (node?.kind === 'outcome') {
      for (const recipe of graph.recipes?.[nodeId] ?? []) paths.push([...answers, recipe])
    }
    if (node?.kind !== 'question') return
    for (const answer of node.answers) walk(answer.next, [...answers, answer.slug])
  }
  walk(graph.start, [])
  return paths
}

/**
 * The first (shortest, then earliest) answer path reaching each node: where the diagram links a
 * node to, and how "all possible answers" links each outcome.
 */
export function firstPathToEachNode(graph: DecisionGraph): Map<string, string[]> {
  const firstPaths = new Map<string, string[]>()
  const queue: Array<{ nodeId: string; answers: string[] }> = [{ nodeId: graph.start, answers: [] }]
  while (queue.length > 0) {
    const { nodeId, answers } = queue.shift()!
    const node = graph.nodes[nodeId]
    if (!node || firstPaths.has(nodeId)) continue
    firstPaths.set(nodeId, answers)
    if (node.kind === 'question') {
      for (const answer of node.answers)
        queue.push({ nodeId: answer.next, answers: [...answers, answer.slug] })
    }
  }
  return firstPaths
}

/**
 * A compact tree of valid answer slugs (no text), small enough to ship to the 404 page so it can
 * find the longest valid prefix of a broken wizard URL in the browser.
 */
export type SlugTree = { [slug: string]: SlugTree }

export function slugTree(graph: DecisionGraph, nodeId = graph.start): SlugTree {
  const node = graph.nodes[nodeId]
  const tree: SlugTree = {}
  if (node?.kind === 'question')
    for (const answer of node.answers) tree[answer.slug] = slugTree(graph, answer.next)
  return tree
}

/** The longest prefix of `answers` that the tree accepts. */
export function longestValidPrefix(tree: SlugTree, answers: readonly string[]): string[] {
  const prefix: string[] = []
  let level = tree
  for (const slug of answers) {
    const next = Object.hasOwn(level, slug) ? level[slug] : undefined
    if (!next) break
    prefix.push(slug)
    level = next
  }
  return prefix
}
