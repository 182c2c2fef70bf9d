import type { DiagramLayout, DiagramNode } from '../build/diagram-layout'

/**
 * How React Flow frames the map when it opens (its `fitViewOptions`). The static picture drawn before
 * React Flow loads uses the same numbers, so nothing moves when React Flow takes over. The minimum
 * zoom keeps every box at least 24px tall, a touch target (WCAG 2.5.8); the reader pans to the rest.
 */
export const mapFit = { padding: 0.05, minZoom: 0.65, maxZoom: 1 } as const

export type Bounds = { x: number; y: number; width: number; height: number }

/** The box React Flow fits into view: around the reader's path when there is one, else the whole map. */
export function fitBounds(layout: DiagramLayout, pathNodeIds: readonly string[]): Bounds {
  const onPath = new Set(pathNodeIds)
  const nodes = onPath.size > 0 ? layout.nodes.filter((node) => onPath.has(node.id)) : layout.nodes
  if (nodes.length === 0) return { x: 0, y: 0, width: layout.width, height: layout.height }
  const left = Math.min(...nodes.map((node) => node.x))
  const top = Math.min(...nodes.map((node) => node.y))
  const right = Math.max(...nodes.map((node) => node.x + node.width))
  const bottom = Math.max(...nodes.map((node) => node.y + node.height))
  return { x: left, y: top, width: right - left, height: bottom - top }
}

// React Flow's 6px connection handle is centred on the box's edge: an edge starts and ends this far
// outside the boxes it joins.
const handleOverhang = 3

const round = (value: number) => Math.round(value * 10) / 10

/**
 * The curve React Flow draws for an edge (its default bezier edge, from the middle of the source's
 * right side to the middle of the target's left side), as SVG path data.
 */
export function edgePath(source: DiagramNode, target: DiagramNode): string {
  const sx = source.x + source.width + handleOverhang
  const sy = source.y + source.height / 2
  const tx = target.x - handleOverhang
  const ty = target.y + target.height / 2
  const distance = tx - sx
  // React Flow's control point offset for curvature 0.25.
  const offset = distance >= 0 ? distance / 2 : 0.25 * 25 * Math.sqrt(-distance)
  const [a, b, c, d, e, f] = [sx, sy, sx + offset, tx - offset, tx, ty].map(round)
  return `M${a},${b}C${c},${b} ${d},${f} ${e},${f}`
}
