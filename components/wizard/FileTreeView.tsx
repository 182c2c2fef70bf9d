import type { FileTreeNode } from '../../lib/file-tree'
import styles from './Wizard.module.css'

/** The files to create, as a folder tree with what each file is for. */
export function FileTreeView({ nodes }: { nodes: FileTreeNode[] }) {
  return (
    <ul className={styles.fileTree} data-file-tree="">
      {nodes.map((node) => (
        <li key={node.name}>
          <code>{node.children.length > 0 ? `${node.name}/` : node.name}</code>
          {node.role && <span className={styles.fileRole}> {node.role}</span>}
          {node.children.length > 0 && <FileTreeView nodes={node.children} />}
        </li>
      ))}
    </ul>
  )
}
