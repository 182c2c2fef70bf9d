import Link from 'next/link'
import type { OutlineNode } from '../../lib/graph/graph-outline'
import styles from './DecisionMap.module.css'

type Props = { node: OutlineNode; pathNodeIds: readonly string[]; currentId?: string }

/** The decision map as a nested list of links: the same graph as the diagram, readable without it. */
export function DecisionOutline({ node, pathNodeIds, currentId }: Props) {
  const onPath = pathNodeIds.includes(node.id)
  return (
    <>
      <Link
        href={node.href}
        // The map links to every step: prefetching them all would fetch every page's data at once.
        prefetch={false}
        className={['nb-link', styles.outlineLink, onPath ? styles.outlineOnPath : ''].join(' ')}
        aria-current={node.id === currentId ? 'step' : undefined}
      >
        {node.kind === 'outcome' ? `Answer: ${node.label}` : node.label}
      </Link>
      {node.recipes.length > 0 && (
        <ul className={styles.outlineList} aria-label={`Kinds of feature under “${node.label}”`}>
          {node.recipes.map((recipe) => (
            <li key={recipe.href}>
              <span className={styles.outlineAnswer}>Recipe</span>
              <Link href={recipe.href} prefetch={false} className={['nb-link', styles.outlineLink].join(' ')}>
                {recipe.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {node.answers.length > 0 && (
        <ul className={styles.outlineList}>
          {node.answers.map((answer) => (
            <li key={answer.child.href}>
              <span className={styles.outlineAnswer}>{answer.label}</span>
              <DecisionOutline node={answer.child} pathNodeIds={pathNodeIds} currentId={currentId} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
