import Link from 'next/link'
import type { CSSProperties } from 'react'
import type { DiagramEdge, DiagramLayout } from '../../lib/build/diagram-layout'
import { edgePath, fitBounds, mapFit } from '../../lib/map/map-geometry'
import styles from './DecisionMap.module.css'
import { nodeClassName } from './node-class'

type Props = { layout: DiagramLayout; pathNodeIds: readonly string[]; currentId?: string }

/**
 * The map drawn into the page's HTML from the build-time layout: visible before React Flow loads
 * (and without JavaScript), framed with React Flow's own fitView numbers by CSS alone, so React
 * Flow takes over at the same place. Hidden from assistive technology: the list below the map
 * carries the same links.
 */
export function StaticMapPicture({ layout, pathNodeIds, currentId }: Props) {
  const bounds = fitBounds(layout, pathNodeIds)
  const onPath = new Set(pathNodeIds)
  const byId = new Map(layout.nodes.map((node) => [node.id, node]))
  const onPathEdge = (edge: DiagramEdge) => onPath.has(edge.source) && onPath.has(edge.target)
  const plainEdges = layout.edges.filter((edge) => !onPathEdge(edge))
  const pathEdges = layout.edges.filter(onPathEdge)
  // All the edges of one colour as one path of many curves: a lighter page than a path each.
  const curves = (edges: DiagramEdge[]) =>
    edges.map((edge) => edgePath(byId.get(edge.source)!, byId.get(edge.target)!)).join('')
  // Read by .pictureDrawing in DecisionMap.module.css.
  const frame = {
    '--w': layout.width,
    '--h': layout.height,
    '--cx': bounds.x + bounds.width / 2,
    '--cy': bounds.y + bounds.height / 2,
    '--bw': bounds.width,
    '--bh': bounds.height,
    '--pad': 1 + mapFit.padding,
    '--min': mapFit.minZoom,
    '--max': mapFit.maxZoom,
  } as CSSProperties
  return (
    <div className={styles.picture} style={frame} aria-hidden="true" data-testid="decision-map-picture">
      <svg className={styles.pictureDrawing} viewBox={`0 0 ${layout.width} ${layout.height}`}>
        <path d={curves(plainEdges)} />
        {pathEdges.length > 0 && <path d={curves(pathEdges)} className={styles.pictureEdgeOnPath} />}
        {layout.nodes.map((node) => (
          <foreignObject key={node.id} x={node.x} y={node.y} width={node.width} height={node.height}>
            <Link
              href={node.href}
              prefetch={false}
              tabIndex={-1}
              className={nodeClassName(node.kind, onPath.has(node.id), node.id === currentId)}
            >
              {node.label}
            </Link>
          </foreignObject>
        ))}
      </svg>
    </div>
  )
}
