import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toPlainArticle } from './plain-article'

const article = `---
title: Route Handlers
description: Anything with a URL.
---

import { Callout } from 'nextra/components'
import { Snippet } from '../../components/Snippet'
import { snippetStaticProps } from '../../lib/snippets/snippet-data'

export const getStaticProps = snippetStaticProps([
  { file: 'app/api/projects/route.ts' },
  { file: 'lib/cors.ts', lines: '2-4' },
])

# Route Handlers

A \`route.ts\` file answers HTTP.

<Snippet file="app/api/projects/route.ts" />

<Callout type="info">Handlers receive a Web \`Request\`.</Callout>

\`\`\`tsx
import { Snippet } from 'elsewhere'
export const x = <Snippet />
\`\`\`

| a | b |
| - | - |
| 1 | 2 |
`

describe('toPlainArticle', () => {
  const plain = toPlainArticle(article, 'route-handlers.mdx')

  it('keeps the front matter, the words, Nextra components, code blocks and tables', () => {
    expect(plain.startsWith('---\ntitle: Route Handlers\ndescription: Anything with a URL.\n---\n')).toBe(
      true,
    )
    expect(plain).toContain("import { Callout } from 'nextra/components'")
    expect(plain).toContain('# Route Handlers\n\nA `route.ts` file answers HTTP.')
    expect(plain).toContain('<Callout type="info">Handlers receive a Web `Request`.</Callout>')
    expect(plain).toContain("```tsx\nimport { Snippet } from 'elsewhere'\nexport const x = <Snippet />\n```")
    expect(plain).toContain('| 1 | 2 |')
  })

  it('drops our imports, our getStaticProps and our components', () => {
    expect(plain).not.toContain('../../components/Snippet')
    expect(plain).not.toContain('snippetStaticProps')
    expect(plain).not.toContain('<Snippet file=')
  })

  it('fails naming the article and the component when one of ours sits inside a line', () => {
    expect(() => toPlainArticle('# A\n\nSee <Diagram /> here.\n', 'a.mdx')).toThrow(
      'a.mdx: <Diagram> is not a Nextra component',
    )
  })

  const guideDir = join(process.cwd(), 'pages/guide')
  it.each(readdirSync(guideDir).filter((file) => file.endsWith('.mdx')))(
    'turns pages/guide/%s into a page with the same headings',
    (file) => {
      const source = readFileSync(join(guideDir, file), 'utf8')
      const headings = (text: string) => text.match(/^#{1,6} .*$/gm) ?? []
      expect(headings(toPlainArticle(source, file))).toEqual(headings(source))
    },
  )
})
