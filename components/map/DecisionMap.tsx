import dynamic from 'next/dynamic'
import { useCallback, useEffect, useRef, useState } from 'react'
import { boundaries, boundaryIds } from '../../content/boundaries'
import type { DiagramLayout } from '../../lib/build/diagram-layout'
import type { OutlineNode } from '../../lib/graph/graph-outline'
import { boundaryColour } from '../../lib/map/boundary-colours'
import { initialViewport, mapFocus, type Viewport } from '../../lib/map/map-geometry'
import { DecisionOutline } from './DecisionOutline'
import { StaticMapPicture } from './StaticMapPicture'
import styles from './DecisionMap.module.css'

// React Flow is loaded only when the map comes into view, so it never delays a wizard step's first
// paint; until it has drawn the map, the static picture drawn into the HTML stands in for it.
const FlowCanvas = dynamic(() => import('./FlowCanvas'), { ssr: false })

export type DecisionMapProps = {
  layout: DiagramLayout
  outline: OutlineNode
  pathNodeIds: readonly string[]
  currentId?: string
  /** On the map's own page: a taller frame and the list version open (folded under a wizard step). */
  ownPage?: boolean
}

export function DecisionMap({ layout, outline, pathNodeIds, currentId, ownPage = false }: DecisionMapProps) {
  const canvasRef = useRef<HTMLDivElement>(null)
  const [viewport, setViewport] = useState<Viewport>()
  const [flowReady, setFlowReady] = useState(false)
  const onFlowReady = useCallback(() => setFlowReady(true), [])
  // On a phone the list comes first and the picture is one press away (see .pictureBlock).
  const [pictureShown, setPictureShown] = useState(false)
  const [wheelZooms, setWheelZooms] = useState(false)

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          const frame = { width: canvas.clientWidth, height: canvas.clientHeight }
          setViewport(initialViewport(mapFocus(layout, pathNodeIds, currentId), frame))
          observer.disconnect()
        }
      },
      { rootMargin: '200px' },
    )
    observer.observe(canvas)
    return () => observer.disconnect()
  }, [layout, pathNodeIds, currentId])

  const used = new Set(layout.nodes.flatMap((node) => node.boundaries))
  return (
    <section className={styles.map} aria-labelledby="decision-map-heading">
      <h2 id="decision-map-heading" className={styles.mapHeading}>
        The whole decision map
      </h2>
      <p className={styles.mapIntro}>
        Every question, each answer on its arrow, and every outcome in the colour of its boundary.{' '}
        {pathNodeIds.length > 0 ? 'Your path is highlighted. ' : ''}Each box links to that step. Drag to pan;
        zoom with the buttons, a pinch, or Ctrl (⌘) and the wheel, or the wheel alone once you have clicked
        the map. Drawn with{' '}
        <a href="https://reactflow.dev" className="nb-link">
          React Flow
        </a>
        .
      </p>
      <button
        type="button"
        className={styles.pictureToggle}
        aria-expanded={pictureShown}
        aria-controls="decision-map-picture-block"
        onClick={() => setPictureShown((shown) => !shown)}
      >
        {pictureShown ? 'Hide the picture of the map' : 'Show the map as a picture'}
      </button>
      <div
        id="decision-map-picture-block"
        className={styles.pictureBlock}
        data-shown={pictureShown ? '' : undefined}
      >
        <ul className={styles.legend} aria-label="Colours of the outcomes" data-testid="decision-map-legend">
          {boundaryIds
            .filter((id) => used.has(id))
            .map((id) => (
              <li key={id} data-boundary={id}>
                <span className={styles.swatch} style={{ background: boundaryColour(id) }} />
                {boundaries[id].name}
              </li>
            ))}
          <li>
            <span className={`${styles.swatch} ${styles.swatchStriped}`} />
            An outcome with several boundaries has a band of each
          </li>
        </ul>
        <div
          ref={canvasRef}
          className={ownPage ? `${styles.canvas} ${styles.canvasTall}` : styles.canvas}
          data-testid="decision-map-canvas"
          onPointerDown={() => setWheelZooms(true)}
          onPointerLeave={() => setWheelZooms(false)}
        >
          {viewport && (
            <FlowCanvas
              layout={layout}
              pathNodeIds={pathNodeIds}
              currentId={currentId}
              viewport={viewport}
              wheelZooms={wheelZooms}
              onReady={onFlowReady}
            />
          )}
          {!flowReady && <StaticMapPicture layout={layout} pathNodeIds={pathNodeIds} currentId={currentId} />}
        </div>
      </div>
      <details className={styles.outline} open={ownPage}>
        <summary>The same map as a list</summary>
        <DecisionOutline node={outline} pathNodeIds={pathNodeIds} currentId={currentId} />
      </details>
    </section>
  )
}
