import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Nodes, Root } from 'mdast'
import { compileMdx } from 'nextra/compile'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { toPlainArticle } from './plain-article'

const article = `---
title: Route Handlers
description: Anything with a URL.
---

import { Callout } from 'nextra/components'
import { Snippet } from '../../components/Snippet'
import {
  snippetStaticProps,
  snippetFiles,
} from '../../lib/snippets/snippet-data'

export const getStaticProps = snippetStaticProps([
  { file: 'app/api/projects/route.ts' },
  { file: 'lib/cors.ts', lines: '2-4' },
])

# Route Handlers

A \`route.ts\` file answers HTTP; wrap slow parts in \`<Suspense>\`.

<Snippet file="app/api/projects/route.ts" />

<Callout type="info">Handlers receive a Web \`Request\`.</Callout>

1. In a list:

   \`\`\`tsx
   <Link href="/">Home</Link>
   \`\`\`

\`\`\`tsx
import { Snippet } from 'elsewhere'
export const x = <Snippet />
\`\`\`

| a | b |
| --- | --- |
| 1 | 2 |

export const last = 1`

const plainArticle = `---
title: Route Handlers
description: Anything with a URL.
---

import { Callout } from 'nextra/components'

# Route Handlers

A \`route.ts\` file answers HTTP; wrap slow parts in \`<Suspense>\`.

<Callout type="info">Handlers receive a Web \`Request\`.</Callout>

1. In a list:

   \`\`\`tsx
   <Link href="/">Home</Link>
   \`\`\`

\`\`\`tsx
import { Snippet } from 'elsewhere'
export const x = <Snippet />
\`\`\`

| a | b |
| --- | --- |
| 1 | 2 |
`

// The stack Nextra compiles MDX with, kept apart from the one under test so the two can disagree.
const parse = (text: string): Root =>
  unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm).parse(text)

const textOf = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map(textOf).join('') : ''

/** What a reader gets from an article: its words, links, tables, code blocks and Callouts. */
function contentOf(tree: Root) {
  const content = {
    prose: [] as string[],
    links: [] as string[],
    tables: [] as { align: unknown; rows: string[][] }[],
    code: [] as { lang?: string | null; meta?: string | null; value: string }[],
    callouts: [] as { attributes: string[]; text: string }[],
  }
  visit(tree, (node) => {
    if (node.type === 'heading') content.prose.push(`${'#'.repeat(node.depth)} ${textOf(node)}`)
    if (node.type === 'paragraph') content.prose.push(textOf(node))
    if (node.type === 'link') content.links.push(node.url)
    if (node.type === 'table') {
      const rows = node.children.map((row) => row.children.map(textOf))
      content.tables.push({ align: node.align, rows })
    }
    if (node.type === 'code') content.code.push({ lang: node.lang, meta: node.meta, value: node.value })
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Callout') {
      const attributes = node.attributes.map((attribute) =>
        attribute.type === 'mdxJsxAttribute'
          ? `${attribute.name}=${JSON.stringify(attribute.value && typeof attribute.value === 'object' ? attribute.value.value : attribute.value)}`
          : `{${attribute.value}}`,
      )
      content.callouts.push({ attributes, text: textOf(node) })
    }
  })
  return content
}

describe('toPlainArticle', () => {
  it('keeps front matter, words, Nextra components, code blocks and tables, and drops what is ours', () => {
    expect(toPlainArticle(article, 'route-handlers.mdx')).toBe(plainArticle)
  })

  it('drops a component of ours inside a line, leaving the words either side one space apart', () => {
    const source =
      '## Status <Badge />\n\nSee <Diagram /> here, <Badge /> there <Badge />.\n\n| a |\n| --- |\n| <Badge /> |\n'
    expect(toPlainArticle(source, 'a.mdx')).toBe('## Status\n\nSee here, there.\n\n| a |\n| --- |\n|  |\n')
  })

  it('drops a paragraph that held only components of ours', () => {
    expect(toPlainArticle('# A\n\n<Badge /> <Badge />\n\nText.\n', 'a.mdx')).toBe('# A\n\nText.\n')
  })

  it('drops exports between paragraphs and keeps expressions that use nothing it dropped', () => {
    const source = '# A\n\nexport const b = 1\n\nText {/* why */} and {1 + 2}, {{ b: 1 }.b}.\n'
    expect(toPlainArticle(source, 'a.mdx')).toBe('# A\n\nText {/* why */} and {1 + 2}, {{ b: 1 }.b}.\n')
  })

  it('keeps HTML elements and every component imported from nextra/components, renamed or nested', () => {
    const source = `import { Tabs, Callout as Note } from 'nextra/components'

<Tabs items={['a', 'b']}>
  <Tabs.Tab>One</Tabs.Tab>
</Tabs>

<details>
  <summary>More</summary>
</details>

<Note type="info">x</Note>
`
    expect(toPlainArticle(source, 'a.mdx')).toBe(source)
  })

  it('fails naming the article and line when a component of ours has content, which would be lost', () => {
    expect(() => toPlainArticle('# A\n\n<Aside>\n  Words.\n</Aside>\n', 'a.mdx')).toThrow(
      'a.mdx:3:1: <Aside> is not a Nextra component and has content that would be lost',
    )
    // A Callout is Nextra's only when the article imports it from nextra/components.
    expect(() =>
      toPlainArticle("import { Callout } from '../c'\n\n<Callout>Hi</Callout>\n", 'b.mdx'),
    ).toThrow('b.mdx:3:1: <Callout> is not a Nextra component')
  })

  it('fails naming the article and line when an expression or attribute uses a name it dropped', () => {
    expect(() =>
      toPlainArticle('export const files = []\n\n# A\n\n{files.length} files.\n', 'a.mdx'),
    ).toThrow('a.mdx:5:1: uses files, which a removed import or export declared')
    const callout =
      "import { Callout } from 'nextra/components'\nimport { icon } from '../icons'\n\n<Callout emoji={icon}>Hi</Callout>\n"
    expect(() => toPlainArticle(callout, 'b.mdx')).toThrow('b.mdx:4:1: uses icon')
  })

  it('fails naming the article on MDX that Nextra could not compile either', () => {
    expect(() => toPlainArticle('# A\n\n<Callout>\n', 'a.mdx')).toThrow(
      'a.mdx: Expected a closing tag for `<Callout>` (3:1-3:10)',
    )
    // TypeScript is not allowed in MDX imports and exports: acorn reads them as JavaScript.
    expect(() => toPlainArticle("import { type A } from '../a'\n", 'b.mdx')).toThrow(
      'b.mdx:1:15: Could not parse import/exports with acorn: Unexpected token',
    )
  })

  // Only blank lines and what is ours may go: our imports, our getStaticProps with its list of files,
  // and a component of ours on a line of its own.
  const ours =
    /^(import .* from '\.\.?\/.*'|export const getStaticProps = .*|  \{ file: .*\},|\]\)|<[A-Z]\w* .*\/>)$/
  const guideDir = join(process.cwd(), 'pages/guide')
  const guideFiles = readdirSync(guideDir).filter((file) => file.endsWith('.mdx'))
  const readGuide = (file: string) => readFileSync(join(guideDir, file), 'utf8')

  it.each(guideFiles)('keeps every line of pages/guide/%s but blank lines and ours', (file) => {
    const source = readGuide(file)
    const nonBlank = (text: string) => text.split('\n').filter((line) => line.trim() !== '')
    const plain = nonBlank(toPlainArticle(source, file))
    const removed: string[] = []
    let next = 0
    for (const line of nonBlank(source)) {
      if (line === plain[next]) next++
      else removed.push(line)
    }
    expect(next, 'the plain article is the source minus some lines').toBe(plain.length)
    for (const line of removed) expect(line).toMatch(ours)
  })

  it.each(guideFiles)('keeps the prose, tables, code blocks and Callouts of pages/guide/%s', (file) => {
    const source = parse(readGuide(file))
    const plain = parse(toPlainArticle(readGuide(file), file))
    expect(contentOf(plain)).toEqual(contentOf(source))
    expect(plain.children[0]).toMatchObject({
      type: 'yaml',
      value: (source.children[0] as { value: string }).value,
    })
    visit(plain, (node) => {
      if (node.type === 'mdxjsEsm')
        expect(node.value).toMatch(/^import \{ [\w, ]+ \} from 'nextra\/components'$/)
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
        expect(node.name).toBe('Callout')
    })
  })

  it('has prose, links, tables, code blocks and Callouts in the guide for the test above to compare', () => {
    const totals = guideFiles
      .map((file) => contentOf(parse(readGuide(file))))
      .reduce(
        (sum, content) => ({
          prose: sum.prose + content.prose.length,
          links: sum.links + content.links.length,
          tables: sum.tables + content.tables.length,
          code: sum.code + content.code.length,
          callouts: sum.callouts + content.callouts.length,
        }),
        { prose: 0, links: 0, tables: 0, code: 0, callouts: 0 },
      )
    for (const [kind, count] of Object.entries(totals)) expect(count, kind).toBeGreaterThan(0)
  })

  it.each(guideFiles)('compiles pages/guide/%s with Nextra, importing nothing but Nextra', async (file) => {
    const source = readGuide(file)
    const { result, frontMatter } = await compileMdx(toPlainArticle(source, file), {
      // Highlighting is left out for speed: code blocks are the source's, and the bench build highlights them.
      codeHighlight: false,
      mdxOptions: { outputFormat: 'program', jsx: true, format: 'mdx' },
      filePath: `pages/guide/${file}`,
    })
    const imported = [...result.matchAll(/^import .* from (['"])(.*)\1;?$/gm)].map((match) => match[2])
    expect(new Set(imported)).toEqual(
      new Set(['nextra/mdx', ...(source.includes('<Callout') ? ['nextra/components'] : [])]),
    )
    const exported = [...result.matchAll(/^export (?:default )?(?:async )?(?:const|let|function) (\w+)/gm)]
    expect(exported.map((match) => match[1])).toEqual(['useTOC'])
    expect(frontMatter).toMatchObject({ title: expect.any(String), description: expect.any(String) })
  })
})
