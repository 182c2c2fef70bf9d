import { describe, expect, it } from 'vitest'
import type { DiagramLayout, DiagramNode } from '../build/diagram-layout'
import { edgePath, fitBounds } from './map-geometry'

const box = (id: string, x: number, y: number, width = 190, height = 56): DiagramNode => ({
  id,
  kind: 'question',
  label: id,
  href: `/decide/${id}/`,
  x,
  y,
  width,
  height,
})

const layout: DiagramLayout = {
  width: 500,
  height: 300,
  nodes: [box('a', 16, 100), box('b', 254, 16), box('c', 254, 200, 190, 74)],
  edges: [],
}

describe('fitBounds', () => {
  it('frames every node when there is no path', () => {
    expect(fitBounds(layout, [])).toEqual({ x: 16, y: 16, width: 428, height: 258 })
  })

  it('frames only the nodes on the path', () => {
    expect(fitBounds(layout, ['a', 'c'])).toEqual({ x: 16, y: 100, width: 428, height: 174 })
    expect(fitBounds(layout, ['b'])).toEqual({ x: 254, y: 16, width: 190, height: 56 })
  })

  it('frames the whole drawing when the path names no node of the layout', () => {
    expect(fitBounds({ ...layout, nodes: [] }, [])).toEqual({ x: 0, y: 0, width: 500, height: 300 })
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
