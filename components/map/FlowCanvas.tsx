import {
  Background,
  Controls,
  Handle,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import Link from 'next/link'
import type { DiagramLayout } from '../../lib/build/diagram-layout'
import { mapFit } from '../../lib/map/map-geometry'
import styles from './DecisionMap.module.css'
import { nodeClassName } from './node-class'
import { useDarkMode } from './use-dark-mode'

type DecisionNodeData = {
  label: string
  href: string
  kind: 'question' | 'outcome'
  onPath: boolean
  current: boolean
}
type DecisionNode = Node<DecisionNodeData, 'decision'>

/** A box of the map: a real link to that wizard step, so keyboards and screen readers can use it. */
function DecisionNodeBox({ data }: NodeProps<DecisionNode>) {
  const className = nodeClassName(data.kind, data.onPath, data.current)
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} className={styles.handle} />
      <Link
        href={data.href}
        prefetch={false}
        className={className}
        aria-current={data.current ? 'step' : undefined}
      >
        {data.label}
      </Link>
      <Handle type="source" position={Position.Right} isConnectable={false} className={styles.handle} />
    </>
  )
}

const nodeTypes = { decision: DecisionNodeBox }

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

type Props = {
  layout: DiagramLayout
  pathNodeIds: readonly string[]
  currentId?: string
  /** Called once the map is drawn and framed, when the static picture can give way. */
  onReady: () => void
}

export default function FlowCanvas({ layout, pathNodeIds, currentId, onReady }: Props) {
  const dark = useDarkMode()
  const onPath = new Set(pathNodeIds)
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
      onPath: onPath.has(node.id),
      current: node.id === currentId,
    },
  }))
  const edges: Edge[] = layout.edges.map((edge) => {
    const highlighted = onPath.has(edge.source) && onPath.has(edge.target)
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      ariaLabel: edge.label,
      className: highlighted ? styles.edgeOnPath : undefined,
      animated: highlighted,
    }
  })
  const fitViewOptions = {
    ...mapFit,
    nodes: pathNodeIds.length > 0 ? pathNodeIds.map((id) => ({ id })) : undefined,
  }
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      colorMode={dark ? 'dark' : 'light'}
      ariaLabelConfig={ariaLabelConfig}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      zoomOnScroll={false}
      preventScrolling={false}
      zoomOnDoubleClick={false}
      // Credited in the text above the map instead: the corner badge is too small a touch target.
      proOptions={{ hideAttribution: true }}
      // Nodes never shrink below a 24px touch target (WCAG 2.5.8); the reader pans to see the rest.
      minZoom={mapFit.minZoom}
      maxZoom={1.5}
      fitView
      fitViewOptions={fitViewOptions}
      // fitView's promise settles once the viewport is framed: only then may the picture give way.
      onInit={(flow) => void flow.fitView(fitViewOptions).then(onReady)}
    >
      <Background />
      <Controls showInteractive={false} />
    </ReactFlow>
  )
}
