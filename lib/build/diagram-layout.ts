import dagre from '@dagrejs/dagre'
import type { DecisionGraph } from '../graph/graph-schema'
import { firstPathToEachNode } from '../graph/graph-paths'
import { wizardHref } from '../wizard/wizard-url'

/** The decision graph as boxes and arrows with fixed positions, computed at build time. */
export type DiagramNode = {
  id: string
  kind: 'question' | 'outcome'
  label: string
  href: string
  x: number
  y: number
  width: number
  height: number
}
export type DiagramEdge = { id: string; source: string; target: string; label: string }
export type DiagramLayout = { width: number; height: number; nodes: DiagramNode[]; edges: DiagramEdge[] }

const nodeWidth = 190
const charactersPerLine = 24
const lineHeight = 18
const verticalPadding = 20

/** A box tall enough for its label wrapped at about `charactersPerLine` characters a line. */
export function nodeHeight(label: string): number {
  const lines: string[] = []
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1)
    if (last !== undefined && (last + ' ' + word).length <= charactersPerLine)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines.length * lineHeight + verticalPadding
}

export function layoutDiagram(graph: DecisionGraph): DiagramLayout {
  const layout = new dagre.graphlib.Graph()
  layout.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 48, marginx: 16, marginy: 16 })
  layout.setDefaultEdgeLabel(() => ({}))
  const firstPaths = firstPathToEachNode(graph)
  const labels = new Map<string, string>()

  for (const [id, node] of Object.entries(graph.nodes)) {
    const label = node.kind === 'question' ? node.prompt : node.title
    labels.set(id, label)
    layout.setNode(id, { width: nodeWidth, height: nodeHeight(label) })
  }
  const edges: DiagramEdge[] = []
  for (const [id, node] of Object.entries(graph.nodes)) {
    if (node.kind !== 'question') continue
    for (const answer of node.answers) {
      layout.setEdge(id, answer.next)
      edges.push({ id: `${id}:${answer.slug}`, source: id, target: answer.next, label: answer.label })
    }
  }
  dagre.layout(layout)

  const nodes = Object.entries(graph.nodes).map(([id, node]): DiagramNode => {
    const box = layout.node(id)
    return {
      id,
      kind: node.kind,
      label: labels.get(id)!,
      href: wizardHref(firstPaths.get(id) ?? []),
      // dagre gives centres; React Flow wants top-left corners.
      x: Math.round(box.x - box.width / 2),
      y: Math.round(box.y - box.height / 2),
      width: box.width,
      height: box.height,
    }
  })
  const { width = 0, height = 0 } = layout.graph()
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges }
}
