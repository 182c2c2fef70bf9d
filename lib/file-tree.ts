/** A folder tree of the files an answer asks for, built from their paths. */
export type FileTreeNode = { name: string; role?: string; children: FileTreeNode[] }

export function buildFileTree(files: ReadonlyArray<{ path: string; role?: string }>): FileTreeNode[] {
  const root: FileTreeNode = { name: '', children: [] }
  for (const { path, role } of files) {
    let folder = root
    const parts = path.split('/').filter(Boolean)
    for (const [index, name] of parts.entries()) {
      let child = folder.children.find((candidate) => candidate.name === name)
      if (!child) {
        child = { name, children: [] }
        folder.children.push(child)
      }
      if (index === parts.length - 1 && role) child.role = role
      folder = child
    }
  }
  const sort = (nodes: FileTreeNode[]): FileTreeNode[] =>
    nodes
      // Folders first, then files, each alphabetically: the way editors show a tree.
      .sort(
        (a, b) =>
          Number(a.children.length === 0) - Number(b.children.length === 0) || a.name.localeCompare(b.name),
      )
      .map((node) => ({ ...node, children: sort(node.children) }))
  return sort(root.children)
}

/** Each file's path in a tree and the role the tree gives it, back from the tree. */
export function fileTreeRoles(nodes: readonly FileTreeNode[], prefix = ''): Record<string, string> {
  return Object.assign(
    {},
    ...nodes.map((node) =>
      node.children.length > 0
        ? fileTreeRoles(node.children, `${prefix}${node.name}/`)
        : node.role
          ? { [`${prefix}${node.name}`]: node.role }
          : {},
    ),
  ) as Record<string, string>
}
