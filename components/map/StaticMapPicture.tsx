import Link from 'next/link'
import type { CSSProperties } from 'react'
import type { DiagramEdge, DiagramLayout } from '../../lib/build/diagram-layout'
import { outcomeColours } from '../../lib/map/boundary-colours'
import { answerPath, mapFit, mapFocus } from '../../lib/map/map-geometry'
import styles from './DecisionMap.module.css'
import { answerClassName, nodeClassName } from './node-class'

type Props = { layout: DiagramLayout; pathNodeIds: readonly string[]; currentId?: string }

/**
 * The map drawn into the page's HTML from the build-time layout: visible before React Flow loads
 * (and without JavaScript), placed with the numbers of initialViewport (lib/map/map-geometry) by CSS
 * alone, so React Flow takes over at the same place. Hidden from assistive technology: the list
 * beside the map carries the same links.
 */
export function StaticMapPicture({ layout, pathNodeIds, currentId }: Props) {
  const { bounds, current } = mapFocus(layout, pathNodeIds, currentId)
  const onPath = new Set(pathNodeIds)
  const byId = new Map(layout.nodes.map((node) => [node.id, node]))
  const onPathEdge = (edge: DiagramEdge) => onPath.has(edge.source) && onPath.has(edge.target)
  // All the edges of one colour as one path of many curves: a lighter page than a path each.
  const curves = (edges: DiagramEdge[]) =>
    edges.map((edge) => answerPath(byId.get(edge.source)!, edge, byId.get(edge.target)!)).join('')
  // Read by .pictureDrawing in DecisionMap.module.css.
  const frame = {
    '--w': layout.width,
    '--h': layout.height,
    '--zoom': `${mapFit.zoom}px`,
    '--pad': `${mapFit.padding}px`,
    '--gutter': `${mapFit.controlsGutter}px`,
    '--bx': bounds.x,
    '--cx': bounds.x + bounds.width / 2,
    '--cy': bounds.y + bounds.height / 2,
    '--right': current.x + current.width,
    '--top': current.y,
    '--bottom': current.y + current.height,
  } as CSSProperties
  return (
    <div className={styles.picture} style={frame} aria-hidden="true" data-testid="decision-map-picture">
      <svg className={styles.pictureDrawing} viewBox={`0 0 ${layout.width} ${layout.height}`}>
        <path d={curves(layout.edges.filter((edge) => !onPathEdge(edge)))} />
        {pathNodeIds.length > 0 && (
          <path d={curves(layout.edges.filter(onPathEdge))} className={styles.pictureEdgeOnPath} />
        )}
        {layout.edges.map(({ id, label, labelBox }, index) => (
          <foreignObject key={id} {...labelBox}>
            <div className={answerClassName(onPathEdge(layout.edges[index]!))}>{label}</div>
          </foreignObject>
        ))}
        {layout.nodes.map((node) => (
          <foreignObject key={node.id} x={node.x} y={node.y} width={node.width} height={node.height}>
            <Link
              href={node.href}
              prefetch={false}
              tabIndex={-1}
              className={nodeClassName(node.kind, onPath.has(node.id), node.id === currentId)}
              style={outcomeColours(node.boundaries) as CSSProperties}
            >
              {node.label}
            </Link>
          </foreignObject>
        ))}
      </svg>
    </div>
  )
}
