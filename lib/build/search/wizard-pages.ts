import { boundaries } from '../../../content/boundaries'
import { firstPathToEachNode } from '../../graph/graph-paths'
import type { DecisionGraph, GraphNode } from '../../graph/graph-schema'
import type { SearchPage } from '../../search/search-index'
import { wizardHref } from '../../wizard/wizard-url'

/** The title a wizard page shows: the question it asks, or the outcome it gives. */
function titleOf(node: GraphNode): string {
  return node.kind === 'question' ? node.prompt : node.title
}

function kindOf(node: GraphNode): string {
  return node.kind === 'question' ? 'wizard-step' : 'wizard-result'
}

/**
 * The wizard's pages as search sees them: each question and each outcome at the first address that
 * reaches it, and each answer as a section of the page it leads to (the page with the answer
 * chosen), so "cron" lands where the scheduler answer has been given.
 */
export function wizardPages(graph: DecisionGraph): SearchPage[] {
  const firstPaths = firstPathToEachNode(graph)
  const pages = new Map<string, SearchPage>()
  for (const [id, node] of Object.entries(graph.nodes)) {
    const path = firstPaths.get(id)
    if (!path) continue
    const text =
      node.kind === 'question'
        ? node.help
        : [
            node.reason,
            node.boundaries.map((boundary) => boundaries[boundary].name).join(', ') + '.',
            ...node.checklist,
          ].join(' ')
    const url = wizardHref(path)
    pages.set(url, {
      kind: kindOf(node),
      url,
      title: titleOf(node),
      sections: [{ heading: '', anchor: '', text }],
    })
  }
  for (const [id, node] of Object.entries(graph.nodes)) {
    const path = firstPaths.get(id)
    if (!path || node.kind !== 'question') continue
    for (const answer of node.answers) {
      const url = wizardHref([...path, answer.slug])
      const next = graph.nodes[answer.next]!
      const page = pages.get(url) ?? { kind: kindOf(next), url, title: titleOf(next), sections: [] }
      page.sections.push({ heading: answer.label, anchor: '', text: `${answer.help} ${answer.reason}` })
      pages.set(url, page)
    }
  }
  return [...pages.values()]
}
