// A rehype plugin for the MDX articles (next.config.mjs): every body cell of a table gets its
// column's header text as `data-label`. In a narrow column the tables become one card per row
// (components/site/site.css), and each cell shows its label there; no script reaches the browser.

/**
 * @typedef {{ type: string, value?: string, tagName?: string, properties?: Record<string, unknown>, children?: HastNode[] }} HastNode
 */

/**
 * The text of a node and its descendants.
 * @param {HastNode} node
 * @returns {string}
 */
function textOf(node) {
  if (node.type === 'text') return node.value ?? ''
  return (node.children ?? []).map(textOf).join('')
}

/**
 * The descendant elements with this tag name, not looking inside nested tables.
 * @param {HastNode} node
 * @param {string} tagName
 * @returns {HastNode[]}
 */
function elementsIn(node, tagName) {
  return (node.children ?? []).flatMap((child) => {
    if (child.type !== 'element') return []
    if (child.tagName === tagName) return [child]
    return child.tagName === 'table' ? [] : elementsIn(child, tagName)
  })
}

/**
 * @param {HastNode} table
 */
function labelCells(table) {
  const [headerRow] = elementsIn(table, 'tr').filter((row) => elementsIn(row, 'th').length > 0)
  if (!headerRow) return
  const labels = elementsIn(headerRow, 'th').map((cell) => textOf(cell).trim())
  for (const row of elementsIn(table, 'tr')) {
    elementsIn(row, 'td').forEach((cell, column) => {
      const label = labels[column]
      if (label) cell.properties = { ...cell.properties, dataLabel: label }
    })
  }
}

/**
 * @param {HastNode} node
 */
function visitTables(node) {
  if (node.type === 'element' && node.tagName === 'table') labelCells(node)
  for (const child of node.children ?? []) visitTables(child)
}

/** The plugin: `rehypePlugins: [rehypeTableCellLabels]`. */
export function rehypeTableCellLabels() {
  /** @param {HastNode} tree */
  return (tree) => visitTables(tree)
}
