import { describe, expect, it } from 'vitest'
import { decisionGraph } from '../graph/decision-graph'
import { layoutDiagram, nodeHeight } from './diagram-layout'

describe('layoutDiagram', () => {
  const layout = layoutDiagram(decisionGraph)

  it('places every node of the graph once, inside the drawing, without overlaps', () => {
    expect(layout.nodes.map((node) => node.id).sort()).toEqual(Object.keys(decisionGraph.nodes).sort())
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0)
      expect(node.y).toBeGreaterThanOrEqual(0)
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width)
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height)
    }
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b) continue
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true)
      }
    }
  })

  it('draws one edge per answer, reading left to right', () => {
    const answers = Object.values(decisionGraph.nodes).flatMap((node) =>
      node.kind === 'question' ? node.answers : [],
    )
    expect(layout.edges).toHaveLength(answers.length)
    const byId = new Map(layout.nodes.map((node) => [node.id, node]))
    for (const edge of layout.edges)
      expect(byId.get(edge.target)!.x).toBeGreaterThan(byId.get(edge.source)!.x)
  })

  it('links each node to the first wizard step that reaches it', () => {
    const router = layout.nodes.find((node) => node.id === 'router')!
    expect(router.href).toBe('/decide/')
    expect(layout.nodes.find((node) => node.id === 'server-component-read')!.href).toBe(
      '/decide/app-router/page-needs-data/',
    )
  })

  it('makes boxes taller for longer labels', () => {
    expect(nodeHeight('Short')).toBeLessThan(
      nodeHeight('A much longer label that wraps over several lines of text'),
    )
  })
})
