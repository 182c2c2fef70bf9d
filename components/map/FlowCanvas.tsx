import {
  Background,
  BaseEdge,
  Controls,
  EdgeLabelRenderer,
  Handle,
  Position,
  ReactFlow,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
  useNodesInitialized,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import Link from 'next/link'
import { useEffect, useMemo, type CSSProperties } from 'react'
import type { DiagramBox, DiagramNode, DiagramLayout } from '../../lib/build/diagram-layout'
import { outcomeColours } from '../../lib/map/boundary-colours'
import { answerPath, mapFit, type Viewport } from '../../lib/map/map-geometry'
import styles from './DecisionMap.module.css'
import { answerClassName, nodeClassName } from './node-class'
import { useDarkMode } from './use-dark-mode'

type DecisionNodeData = Pick<DiagramNode, 'label' | 'href' | 'kind' | 'boundaries'> & {
  onPath: boolean
  current: boolean
}
type DecisionNode = Node<DecisionNodeData, 'decision'>

/** A box of the map: a real link to that wizard step, so keyboards and screen readers can use it. */
function DecisionNodeBox({ data }: NodeProps<DecisionNode>) {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} className={styles.handle} />
      <Link
        href={data.href}
        prefetch={false}
        className={nodeClassName(data.kind, data.onPath, data.current)}
        style={outcomeColours(data.boundaries) as CSSProperties}
        aria-current={data.current ? 'step' : undefined}
      >
        {data.label}
      </Link>
      <Handle type="source" position={Position.Right} isConnectable={false} className={styles.handle} />
    </>
  )
}

type AnswerEdgeData = { path: string; label: string; labelBox: DiagramBox; onPath: boolean }
type AnswerEdge = Edge<AnswerEdgeData, 'answer'>

/** An answer: the arrow laid out at build time (the same path as the static picture) and its words. */
function AnswerEdgeLine({ id, data }: EdgeProps<AnswerEdge>) {
  if (!data) return null
  const { x, y, width, height } = data.labelBox
  return (
    <>
      <BaseEdge id={id} path={data.path} className={data.onPath ? styles.edgeOnPath : undefined} />
      <EdgeLabelRenderer>
        <div
          className={answerClassName(data.onPath)}
          style={{ position: 'absolute', transform: `translate(${x}px, ${y}px)`, width, height }}
          data-testid="decision-map-answer"
        >
          {data.label}
        </div>
      </EdgeLabelRenderer>
    </>
  )
}

const nodeTypes = { decision: DecisionNodeBox }
const edgeTypes = { answer: AnswerEdgeLine }

// React Flow's default screen-reader texts describe an editor; this map is read-only.
const ariaLabelConfig = {
  'node.a11yDescription.default': 'Each box is a link to that step of the decision wizard.',
  'node.a11yDescription.keyboardDisabled': 'Each box is a link to that step of the decision wizard.',
  'edge.a11yDescription.default': 'An arrow from a question to the step one of its answers leads to.',
  'controls.ariaLabel': 'Diagram view controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Show the whole map',
  'handle.ariaLabel': 'Connection point',
}

/**
 * Says the map is drawn once every box has been measured, which is when React Flow draws the arrows
 * and their answers: `onInit` comes earlier, when only the boxes are there.
 */
function WhenDrawn({ onDrawn }: { onDrawn: () => void }) {
  // `includeHiddenNodes` reads each box's measured handles; the store's own flag only follows
  // measurements in a flow whose nodes are updated through onNodesChange, which this read-only map is not.
  const drawn = useNodesInitialized({ includeHiddenNodes: true })
  useEffect(() => {
    if (drawn) onDrawn()
  }, [drawn, onDrawn])
  return null
}

type Props = {
  layout: DiagramLayout
  pathNodeIds: readonly string[]
  currentId?: string
  /** Where the map opens, computed with the static picture's numbers for this frame. */
  viewport: Viewport
  /** Whether a turn of the mouse wheel zooms (once the reader has pressed on the map) or scrolls the page. */
  wheelZooms: boolean
  /** Called once the map is drawn, arrows and all, when the static picture can give way. */
  onReady: () => void
}

/**
 * The boxes and arrows React Flow draws. Built once per map: React Flow measures a box only when it
 * first sees it, and a new node object (one per render, without this) makes it forget the measurement,
 * which hides every arrow until the boxes are measured again.
 */
function flowElements(layout: DiagramLayout, pathNodeIds: readonly string[], currentId: string | undefined) {
  const onPath = new Set(pathNodeIds)
  const byId = new Map(layout.nodes.map((node) => [node.id, node]))
  const nodes: DecisionNode[] = layout.nodes.map((node) => ({
    id: node.id,
    type: 'decision',
    position: { x: node.x, y: node.y },
    width: node.width,
    height: node.height,
    data: {
      label: node.label,
      href: node.href,
      kind: node.kind,
      boundaries: node.boundaries,
      onPath: onPath.has(node.id),
      current: node.id === currentId,
    },
  }))
  const edges: AnswerEdge[] = layout.edges.map((edge) => {
    const highlighted = onPath.has(edge.source) && onPath.has(edge.target)
    return {
      id: edge.id,
      type: 'answer',
      source: edge.source,
      target: edge.target,
      ariaLabel: edge.label,
      data: {
        path: answerPath(byId.get(edge.source)!, edge, byId.get(edge.target)!),
        label: edge.label,
        labelBox: edge.labelBox,
        onPath: highlighted,
      },
    }
  })
  return { nodes, edges }
}

export default function FlowCanvas({ layout, pathNodeIds, currentId, viewport, wheelZooms, onReady }: Props) {
  const dark = useDarkMode()
  // Re-renders (the theme, the wheel setting, the parent's state) must not hand React Flow new nodes.
  const { nodes, edges } = useMemo(
    () => flowElements(layout, pathNodeIds, currentId),
    [layout, pathNodeIds, currentId],
  )
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      colorMode={dark ? 'dark' : 'light'}
      ariaLabelConfig={ariaLabelConfig}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      // Ctrl or ⌘ with the wheel, and a pinch, always zoom; the wheel alone only once the reader has
      // pressed on the map, so that scrolling the page past it is never caught.
      zoomOnScroll={wheelZooms}
      preventScrolling={wheelZooms}
      zoomOnDoubleClick={false}
      // Credited in the text above the map instead: the corner badge is too small a touch target.
      proOptions={{ hideAttribution: true }}
      minZoom={mapFit.minZoom}
      maxZoom={mapFit.maxZoom}
      defaultViewport={viewport}
    >
      <WhenDrawn onDrawn={onReady} />
      <Background />
      <Controls showInteractive={false} fitViewOptions={{ padding: 0.05 }} />
    </ReactFlow>
  )
}
