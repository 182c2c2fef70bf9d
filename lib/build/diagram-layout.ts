import dagre from '@dagrejs/dagre'
import type { BoundaryId } from '../../content/boundaries'
import type { DecisionGraph } from '../graph/graph-schema'
import { firstPathToEachNode } from '../graph/graph-paths'
import { wizardHref } from '../wizard/wizard-url'

/** The decision graph as boxes and arrows with fixed positions, computed at build time. */
export type DiagramNode = {
  id: string
  kind: 'question' | 'outcome'
  label: string
  href: string
  /** The boundaries an outcome uses, the main one first (its colour on the map); none for a question. */
  boundaries: BoundaryId[]
  x: number
  y: number
  width: number
  height: number
}
export type DiagramBox = { x: number; y: number; width: number; height: number }
/** An answer: an arrow from a question to the step it leads to, through a box holding the answer's words. */
export type DiagramEdge = { id: string; source: string; target: string; label: string; labelBox: DiagramBox }
export type DiagramLayout = { width: number; height: number; nodes: DiagramNode[]; edges: DiagramEdge[] }

/**
 * Box sizes for the text sizes of components/map/DecisionMap.module.css (.node: 15px on 20px lines;
 * .answer: 14px on 18px lines), with a character count per line that leaves room for wide letters.
 */
export const nodeText = { width: 200, charactersPerLine: 19, lineHeight: 20, padding: 16 } as const
export const answerText = { width: 150, charactersPerLine: 17, lineHeight: 18, padding: 8 } as const
type TextBox = typeof nodeText | typeof answerText

/** The lines a label wraps to at about `charactersPerLine` characters a line. */
function wrappedLines(label: string, charactersPerLine: number): number {
  const lines: string[] = []
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1)
    if (last !== undefined && (last + ' ' + word).length <= charactersPerLine)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines.length
}

/** A box tall enough for its label. */
export function boxHeight(label: string, text: TextBox = nodeText): number {
  return wrappedLines(label, text.charactersPerLine) * text.lineHeight + text.padding
}

/** The nodes in the order of the tree: each question, then each answer's branch in turn (the Tab order). */
function treeOrder(graph: DecisionGraph): string[] {
  const order: string[] = []
  const visit = (id: string) => {
    if (order.includes(id)) return
    order.push(id)
    const node = graph.nodes[id]
    if (node?.kind === 'question') for (const answer of node.answers) visit(answer.next)
  }
  visit(graph.start)
  return [...order, ...Object.keys(graph.nodes).filter((id) => !order.includes(id))]
}

export function layoutDiagram(graph: DecisionGraph): DiagramLayout {
  const layout = new dagre.graphlib.Graph({ multigraph: true })
  // With edge labels dagre puts each label in a rank of its own, halfway: 32px either side of it.
  layout.setGraph({ rankdir: 'LR', nodesep: 12, ranksep: 64, marginx: 16, marginy: 16 })
  const firstPaths = firstPathToEachNode(graph)
  const labels = new Map<string, string>()

  for (const [id, node] of Object.entries(graph.nodes)) {
    const label = node.kind === 'question' ? node.prompt : node.title
    labels.set(id, label)
    layout.setNode(id, { width: nodeText.width, height: boxHeight(label) })
  }
  const answers: Array<Omit<DiagramEdge, 'labelBox'>> = []
  for (const [id, node] of Object.entries(graph.nodes)) {
    if (node.kind !== 'question') continue
    for (const answer of node.answers) {
      const edge = { id: `${id}:${answer.slug}`, source: id, target: answer.next, label: answer.label }
      answers.push(edge)
      layout.setEdge(
        id,
        answer.next,
        { width: answerText.width, height: boxHeight(answer.label, answerText), labelpos: 'c' },
        edge.id,
      )
    }
  }
  dagre.layout(layout)

  // dagre gives centres; React Flow wants top-left corners.
  const corner = (box: { x: number; y: number; width: number; height: number }): DiagramBox => ({
    x: Math.round(box.x - box.width / 2),
    y: Math.round(box.y - box.height / 2),
    width: box.width,
    height: box.height,
  })
  const nodes = treeOrder(graph).map((id): DiagramNode => {
    const node = graph.nodes[id]!
    return {
      id,
      kind: node.kind,
      label: labels.get(id)!,
      href: wizardHref(firstPaths.get(id) ?? []),
      boundaries: node.kind === 'outcome' ? [...node.boundaries] : [],
      ...corner(layout.node(id)),
    }
  })
  const edges = answers.map((edge): DiagramEdge => {
    const { x, y, width, height } = layout.edge({ v: edge.source, w: edge.target, name: edge.id })
    return { ...edge, labelBox: corner({ x: x!, y: y!, width: width!, height: height! }) }
  })
  const { width = 0, height = 0 } = layout.graph()
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges }
}
