import type { DiagramNode } from '../../lib/build/diagram-layout'
import styles from './DecisionMap.module.css'

/** The classes of a box of the map, the same in React Flow and in the static picture drawn before it. */
export function nodeClassName(kind: DiagramNode['kind'], onPath: boolean, current: boolean): string {
  return [
    styles.node,
    kind === 'outcome' ? styles.nodeOutcome : styles.nodeQuestion,
    onPath ? styles.nodeOnPath : '',
    current ? styles.nodeCurrent : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/** The classes of the words of an answer on its arrow. */
export function answerClassName(onPath: boolean): string {
  return [styles.answer, onPath ? styles.answerOnPath : ''].filter(Boolean).join(' ')
}
