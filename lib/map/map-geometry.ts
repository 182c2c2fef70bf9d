import type { DiagramBox, DiagramEdge, DiagramLayout, DiagramNode } from '../build/diagram-layout'

/**
 * How the map opens: at a zoom that keeps its 15px text readable (no smaller than 14px), moved so
 * the reader's part of it is in view. `padding` keeps boxes off the frame's edges and
 * `controlsGutter` off the zoom buttons in its bottom-left corner. The static picture drawn before
 * React Flow loads uses the same numbers in CSS, so nothing moves when React Flow takes over.
 */
export const mapFit = { zoom: 1, padding: 12, controlsGutter: 48, minZoom: 0.3, maxZoom: 1.5 } as const

export type Bounds = DiagramBox
export type Viewport = { x: number; y: number; zoom: number }

/** What the map opens on: the nodes to frame and the one that must stay in view. */
export type MapFocus = { bounds: Bounds; current: Bounds }

const boundsOf = (boxes: readonly Bounds[]): Bounds => {
  const left = Math.min(...boxes.map((box) => box.x))
  const top = Math.min(...boxes.map((box) => box.y))
  const right = Math.max(...boxes.map((box) => box.x + box.width))
  const bottom = Math.max(...boxes.map((box) => box.y + box.height))
  return { x: left, y: top, width: right - left, height: bottom - top }
}

/**
 * On a wizard step: the current step and the question before it, whose answer leads there (the rest
 * of the path runs off to the left, highlighted). On the map's own page, or the first question:
 * the first question, its first answer and the step that answer leads to.
 */
export function mapFocus(
  layout: DiagramLayout,
  pathNodeIds: readonly string[],
  currentId?: string,
): MapFocus {
  const byId = new Map(layout.nodes.map((node) => [node.id, node]))
  const path = pathNodeIds.map((id) => byId.get(id)).filter((node): node is DiagramNode => !!node)
  const start = layout.nodes[0]
  if (!start) {
    const whole = { x: 0, y: 0, width: layout.width, height: layout.height }
    return { bounds: whole, current: whole }
  }
  if (path.length <= 1) {
    // Its first answer only: the branches of a large graph lie too far apart to frame them all.
    const first = layout.edges.find((edge) => edge.source === start.id)
    const parts = first ? [start, first.labelBox, byId.get(first.target)!] : [start]
    return { bounds: boundsOf(parts), current: start }
  }
  const current = (currentId && byId.get(currentId)) || path.at(-1)!
  const before = path[path.indexOf(current) - 1]
  return { bounds: boundsOf(before ? [before, current] : [current]), current }
}

/**
 * Where the map's origin goes in a frame of the given size: the focus centred in the space the
 * controls leave; when it does not fit, its left edge kept clear of the controls, and in any case
 * the current box kept whole (its right and top edges win when the frame is too small even for it).
 */
export function initialViewport(focus: MapFocus, frame: { width: number; height: number }): Viewport {
  const { zoom, padding, controlsGutter } = mapFit
  const { bounds, current } = focus
  const centreX = (frame.width + controlsGutter - padding) / 2 - (bounds.x + bounds.width / 2) * zoom
  const centreY = frame.height / 2 - (bounds.y + bounds.height / 2) * zoom
  const x = Math.min(
    frame.width - padding - (current.x + current.width) * zoom,
    Math.max(controlsGutter - bounds.x * zoom, centreX),
  )
  const y = Math.max(
    padding - current.y * zoom,
    Math.min(centreY, frame.height - padding - (current.y + current.height) * zoom),
  )
  return { x, y, zoom }
}

// React Flow's 6px connection handle is centred on the box's edge: an edge starts and ends this far
// outside the boxes it joins.
const handleOverhang = 3

const round = (value: number) => Math.round(value * 10) / 10

/** React Flow's bezier (curvature 0.25) from a right-hand side to a left-hand side, after the move-to. */
function curveTo(sx: number, sy: number, tx: number, ty: number): string {
  const distance = tx - sx
  const offset = distance >= 0 ? distance / 2 : 0.25 * 25 * Math.sqrt(-distance)
  const [c, d, e, f] = [sx + offset, tx - offset, tx, ty].map(round)
  return `C${c},${round(sy)} ${d},${f} ${e},${f}`
}

/**
 * The curve React Flow draws for an edge (its default bezier edge, from the middle of the source's
 * right side to the middle of the target's left side), as SVG path data.
 */
export function edgePath(source: DiagramBox, target: DiagramBox): string {
  const sx = source.x + source.width + handleOverhang
  const sy = source.y + source.height / 2
  const tx = target.x - handleOverhang
  const ty = target.y + target.height / 2
  return `M${round(sx)},${round(sy)}${curveTo(sx, sy, tx, ty)}`
}

/** An answer's arrow: a curve into its words' box, straight under it, a curve on to the step. */
export function answerPath(source: DiagramBox, edge: DiagramEdge, target: DiagramBox): string {
  const box = edge.labelBox
  const y = box.y + box.height / 2
  const right = box.x + box.width
  return `${edgePath(source, { ...box, x: box.x + handleOverhang, width: 0 })}H${round(right)}${curveTo(
    right,
    y,
    target.x - handleOverhang,
    target.y + target.height / 2,
  )}`
}
