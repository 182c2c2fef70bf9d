import { describe, expect, it } from 'vitest'
import type { DiagramEdge, DiagramLayout, DiagramNode } from '../build/diagram-layout'
import { answerPath, edgePath, initialViewport, mapFit, mapFocus } from './map-geometry'

const box = (id: string, x: number, y: number, width = 190, height = 56): DiagramNode => ({
  id,
  kind: 'question',
  label: id,
  href: `/decide/${id}/`,
  boundaries: [],
  x,
  y,
  width,
  height,
})

const answer = (source: string, target: string, x: number, y: number): DiagramEdge => ({
  id: `${source}:${target}`,
  source,
  target,
  label: `${source} to ${target}`,
  labelBox: { x, y, width: 100, height: 40 },
})

const layout: DiagramLayout = {
  width: 1400,
  height: 900,
  nodes: [box('a', 16, 400), box('b', 400, 16), box('c', 400, 800, 190, 74), box('d', 1100, 16)],
  edges: [answer('a', 'b', 240, 100), answer('a', 'c', 240, 700), answer('b', 'd', 700, 20)],
}

describe('mapFocus', () => {
  it('frames the first question, its first answer and the step it leads to when there is no path', () => {
    const focus = { bounds: { x: 16, y: 16, width: 574, height: 440 }, current: layout.nodes[0] }
    expect(mapFocus(layout, [])).toEqual(focus)
    expect(mapFocus(layout, ['a'], 'a')).toEqual(focus)
  })

  it('frames the current step and the question before it, the current one to stay in view', () => {
    expect(mapFocus(layout, ['a', 'b', 'd'])).toEqual({
      bounds: { x: 400, y: 16, width: 890, height: 56 },
      current: layout.nodes[3],
    })
    expect(mapFocus(layout, ['a', 'b', 'd'], 'b')).toEqual({
      bounds: { x: 16, y: 16, width: 574, height: 440 },
      current: layout.nodes[1],
    })
  })
})

describe('initialViewport', () => {
  const { padding, controlsGutter, zoom } = mapFit
  const frame = { width: 600, height: 400 }

  it('centres a focus that fits in the frame less the controls gutter', () => {
    const focus = { bounds: { x: 100, y: 100, width: 200, height: 100 }, current: box('x', 100, 100) }
    const viewport = initialViewport(focus, { width: 1000, height: 600 })
    expect(viewport.zoom).toBe(zoom)
    expect(viewport.x + 200 * zoom).toBeCloseTo((1000 + controlsGutter - padding) / 2)
    expect(viewport.y + 150 * zoom).toBeCloseTo(300)
  })

  it('keeps the left of a focus too wide for the frame clear of the controls, the current box whole', () => {
    const viewport = initialViewport(
      { bounds: { x: 16, y: 16, width: 800, height: 858 }, current: box('a', 16, 400) },
      frame,
    )
    expect(viewport.x + 16 * zoom).toBeCloseTo(controlsGutter)
    expect(viewport.y + 400 * zoom).toBeGreaterThanOrEqual(padding)
    expect(viewport.y + (400 + 56) * zoom).toBeLessThanOrEqual(frame.height - padding)
  })

  it('lets the current box win when the frame is too small for the whole focus', () => {
    const current = box('d', 1100, 16)
    const viewport = initialViewport({ bounds: { x: 400, y: 16, width: 890, height: 56 }, current }, frame)
    expect(viewport.x + (1100 + 190) * zoom).toBeCloseTo(frame.width - padding)
    expect(viewport.x + 1100 * zoom).toBeGreaterThanOrEqual(controlsGutter)
    expect(viewport.y + 16 * zoom).toBeGreaterThanOrEqual(padding)
  })
})

describe('edgePath', () => {
  it("draws React Flow's bezier from the right middle of the source to the left middle of the target", () => {
    // Source handle at (16 + 190 + 3, 128), target handle at (254 - 3, 44): control points half-way across.
    expect(edgePath(box('a', 16, 100), box('b', 254, 16))).toBe('M209,128C230,128 230,44 251,44')
  })

  it('bends backwards the way React Flow does when the target lies to the left', () => {
    // distance -100: offset 0.25 × 25 × √100 = 62.5
    expect(edgePath(box('a', 100, 0, 100, 20), box('b', 106, 0, 100, 20))).toBe(
      'M203,10C265.5,10 40.5,10 103,10',
    )
  })

  it('rounds to tenths of a pixel', () => {
    expect(edgePath(box('a', 0, 0, 10, 3), box('b', 20, 10, 10, 3))).toBe('M13,1.5C15,1.5 15,11.5 17,11.5')
  })
})

describe('answerPath', () => {
  it("curves into the answer's box, runs under it, and curves on to the step", () => {
    // Source handle (209, 128) to the box's left middle (240, 120); box's right middle (340, 120) to (397, 44).
    expect(answerPath(box('a', 16, 100), answer('a', 'b', 240, 100), box('b', 400, 16))).toBe(
      'M209,128C224.5,128 224.5,120 240,120H340C368.5,120 368.5,44 397,44',
    )
  })
})
