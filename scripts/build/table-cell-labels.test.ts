import { describe, expect, it } from 'vitest'
import { rehypeTableCellLabels } from './table-cell-labels.mjs'

type Node = {
  type: string
  value?: string
  tagName?: string
  properties?: Record<string, unknown>
  children?: Node[]
}

const text = (value: string): Node => ({ type: 'text', value })
const element = (tagName: string, children: Node[] = []): Node => ({
  type: 'element',
  tagName,
  properties: {},
  children,
})

/** The hast of a Markdown table, as remark-gfm and remark-rehype produce it (with whitespace text). */
function table(headers: Node[][], rows: Node[][][]): Node {
  return element('table', [
    text('\n'),
    element('thead', [
      element(
        'tr',
        headers.map((cell) => element('th', cell)),
      ),
    ]),
    text('\n'),
    element(
      'tbody',
      rows.map((row) =>
        element(
          'tr',
          row.map((cell) => element('td', cell)),
        ),
      ),
    ),
  ])
}

function labelsOf(tree: Node): unknown[][] {
  const rows: unknown[][] = []
  const walk = (node: Node) => {
    if (node.tagName === 'tr' && node.children?.some((cell) => cell.tagName === 'td')) {
      rows.push(node.children.map((cell) => cell.properties?.dataLabel))
    }
    node.children?.forEach(walk)
  }
  walk(tree)
  return rows
}

describe('rehypeTableCellLabels', () => {
  it("labels each body cell with its column's header text, inline code and links included", () => {
    const tree = element('root', [
      table(
        [[text('Scenario')], [text('The '), element('code', [text('pages/api')]), text(' answer')]],
        [
          [[element('a', [text('CSV export')])], [text('Route Handler')]],
          [[text('RSS feed')], [text('Route Handler')]],
        ],
      ),
    ])
    rehypeTableCellLabels()(tree)
    expect(labelsOf(tree)).toEqual([
      ['Scenario', 'The pages/api answer'],
      ['Scenario', 'The pages/api answer'],
    ])
  })

  it('leaves a cell without a header, and a table without a header row, unlabelled', () => {
    const tree = element('root', [
      table([[text('Only')]], [[[text('a')], [text('b')]]]),
      element('table', [element('tbody', [element('tr', [element('td', [text('c')])])])]),
    ])
    rehypeTableCellLabels()(tree)
    expect(labelsOf(tree)).toEqual([['Only', undefined], [undefined]])
  })
})
