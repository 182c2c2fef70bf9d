import type { DecisionGraph } from './graph-schema'
import { wizardHref } from '../wizard/wizard-url'

/** The decision graph as a nested list, for readers without JavaScript or with a screen reader. */
export type OutlineNode = {
  id: string
  kind: 'question' | 'outcome'
  label: string
  href: string
  answers: Array<{ label: string; child: OutlineNode }>
  /** An outcome's recipes, each at its wizard address: the kinds of feature under that answer. */
  recipes: Array<{ label: string; href: string }>
}

/** `recipeTitles` names each recipe slug of `graph.recipes`; a recipe it cannot name is left out. */
export function graphOutline(
  graph: DecisionGraph,
  recipeTitles: Record<string, string> = {},
  nodeId = graph.start,
  answers: string[] = [],
): OutlineNode {
  const node = graph.nodes[nodeId]
  if (!node) throw new Error(`No node "${nodeId}" in the decision graph`)
  return {
    id: nodeId,
    kind: node.kind,
    label: node.kind === 'question' ? node.prompt : node.title,
    href: wizardHref(answers),
    answers:
      node.kind === 'question'
        ? node.answers.map((answer) => ({
            label: answer.label,
            child: graphOutline(graph, recipeTitles, answer.next, [...answers, answer.slug]),
          }))
        : [],
    recipes: (node.kind === 'outcome' ? (graph.recipes?.[nodeId] ?? []) : []).flatMap((slug) =>
      recipeTitles[slug] ? [{ label: recipeTitles[slug], href: wizardHref([...answers, slug]) }] : [],
    ),
  }
}
