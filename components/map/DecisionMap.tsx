import dynamic from 'next/dynamic'
import { useEffect, useRef, useState } from 'react'
import type { DiagramLayout } from '../../lib/build/diagram-layout'
import type { OutlineNode } from '../../lib/graph/graph-outline'
import { DecisionOutline } from './DecisionOutline'
import { StaticMapPicture } from './StaticMapPicture'
import styles from './DecisionMap.module.css'

// React Flow is loaded only when the map comes into view, so it never delays a wizard step's first
// paint; until it has framed the map, the static picture drawn into the HTML stands in for it.
const FlowCanvas = dynamic(() => import('./FlowCanvas'), { ssr: false })

export type DecisionMapProps = {
  layout: DiagramLayout
  outline: OutlineNode
  pathNodeIds: readonly string[]
  currentId?: string
  /** Show the list version open (the map's own page) or folded (under a wizard step). */
  outlineOpen?: boolean
}

export function DecisionMap({
  layout,
  outline,
  pathNodeIds,
  currentId,
  outlineOpen = false,
}: DecisionMapProps) {
  const canvasRef = useRef<HTMLDivElement>(null)
  const [inView, setInView] = useState(false)
  const [flowReady, setFlowReady] = useState(false)

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setInView(true)
          observer.disconnect()
        }
      },
      { rootMargin: '200px' },
    )
    observer.observe(canvas)
    return () => observer.disconnect()
  }, [])

  return (
    <section className={styles.map} aria-labelledby="decision-map-heading">
      <h2 id="decision-map-heading" className={styles.mapHeading}>
        The whole decision map
      </h2>
      <p className={styles.mapIntro}>
        Every question and every answer. {pathNodeIds.length > 0 ? 'Your path is highlighted. ' : ''}Each box
        links to that step; drag to pan, use the buttons to zoom. Drawn with{' '}
        <a href="https://reactflow.dev" className="nb-link">
          React Flow
        </a>
        .
      </p>
      <div
        ref={canvasRef}
        className={styles.canvas}
        style={{ aspectRatio: `${layout.width} / ${layout.height}` }}
        data-testid="decision-map-canvas"
      >
        {inView && (
          <FlowCanvas
            layout={layout}
            pathNodeIds={pathNodeIds}
            currentId={currentId}
            onReady={() => setFlowReady(true)}
          />
        )}
        {!flowReady && <StaticMapPicture layout={layout} pathNodeIds={pathNodeIds} currentId={currentId} />}
      </div>
      <details className={styles.outline} open={outlineOpen}>
        <summary>The same map as a list</summary>
        <DecisionOutline node={outline} pathNodeIds={pathNodeIds} currentId={currentId} />
      </details>
    </section>
  )
}
