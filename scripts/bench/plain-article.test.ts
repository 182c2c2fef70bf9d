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
import {
  snippetStaticProps,
  type SnippetRequest,
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
| - | - |
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
| - | - |
| 1 | 2 |

`

describe('toPlainArticle', () => {
  it('keeps front matter, words, Nextra components, code blocks and tables, and drops what is ours', () => {
    expect(toPlainArticle(article, 'route-handlers.mdx')).toBe(plainArticle)
  })

  it('fails naming the article and the component when one of ours sits inside a line', () => {
    expect(() => toPlainArticle('# A\n\nSee <Diagram /> here.\n', 'a.mdx')).toThrow(
      'a.mdx: <Diagram> is not a Nextra component',
    )
  })

  it('fails on an import it cannot read to its end', () => {
    expect(() => toPlainArticle("import { a } from '../a' // why\n\n# A\n", 'a.mdx')).toThrow(
      "a.mdx: cannot tell where this statement ends: import { a } from '../a' // why",
    )
  })

  // Only blank lines and what is ours may go: our imports, our getStaticProps with its list of files,
  // and a component of ours on a line of its own.
  const ours =
    /^(import .* from '\.\.?\/.*'|export const getStaticProps = .*|  \{ file: .*\},|\]\)|<[A-Z]\w* .*\/>)$/
  const guideDir = join(process.cwd(), 'pages/guide')
  it.each(readdirSync(guideDir).filter((file) => file.endsWith('.mdx')))(
    'keeps every line of pages/guide/%s but blank lines and ours',
    (file) => {
      const source = readFileSync(join(guideDir, file), 'utf8')
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
    },
  )
})
