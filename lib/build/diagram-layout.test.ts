import { describe, expect, it } from 'vitest'
import { decisionGraph } from '../graph/decision-graph'
import { answerText, boxHeight, layoutDiagram } from './diagram-layout'

describe('layoutDiagram', () => {
  const layout = layoutDiagram(decisionGraph)
  const boxes = [
    ...layout.nodes.map((node) => ({ name: node.id, ...node })),
    ...layout.edges.map((edge) => ({ name: edge.id, ...edge.labelBox })),
  ]

  it('places every node and every answer once, inside the drawing, without overlaps', () => {
    expect(layout.nodes.map((node) => node.id).sort()).toEqual(Object.keys(decisionGraph.nodes).sort())
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width)
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height)
    }
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
        expect(apart, `${a.name} overlaps ${b.name}`).toBe(true)
      }
    }
  })

  it("draws one edge per answer, reading left to right, with the answer's words between its ends", () => {
    const answers = Object.values(decisionGraph.nodes).flatMap((node) =>
      node.kind === 'question' ? node.answers : [],
    )
    expect(layout.edges).toHaveLength(answers.length)
    expect(layout.edges.map((edge) => edge.label).sort()).toEqual(
      answers.map((answer) => answer.label).sort(),
    )
    const byId = new Map(layout.nodes.map((node) => [node.id, node]))
    for (const edge of layout.edges) {
      const source = byId.get(edge.source)!
      const target = byId.get(edge.target)!
      expect(edge.labelBox.x).toBeGreaterThan(source.x + source.width)
      expect(edge.labelBox.x + edge.labelBox.width).toBeLessThan(target.x)
      expect(edge.labelBox.height).toBe(boxHeight(edge.label, answerText))
    }
  })

  it('lists the nodes in the order of the tree, so Tab follows it', () => {
    const expected: string[] = []
    const visit = (id: string) => {
      expected.push(id)
      const node = decisionGraph.nodes[id]!
      if (node.kind === 'question') node.answers.forEach((answer) => visit(answer.next))
    }
    visit(decisionGraph.start)
    expect(layout.nodes.map((node) => node.id)).toEqual(expected)
  })

  it("carries each outcome's boundaries, the main one first, and none for a question", () => {
    for (const node of layout.nodes) {
      const source = decisionGraph.nodes[node.id]!
      expect(node.boundaries).toEqual(source.kind === 'outcome' ? source.boundaries : [])
    }
  })

  it('links each node to the first wizard step that reaches it', () => {
    const router = layout.nodes.find((node) => node.id === 'router')!
    expect(router.href).toBe('/decide/')
    expect(layout.nodes.find((node) => node.id === 'server-component-read')!.href).toBe(
      '/decide/app-router/page-needs-data/',
    )
  })

  it('makes boxes taller for longer labels', () => {
    expect(boxHeight('Short')).toBeLessThan(
      boxHeight('A much longer label that wraps over several lines of text'),
    )
  })
})
