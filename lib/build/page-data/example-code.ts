import { patterns } from '../../../content/patterns'
import type { SnippetData } from '../../snippets/snippet-key'
import { snippetData } from '../snippets/snippet-data'

/** An example file for a decision: its highlighted code and the pattern page where it runs. */
export type ExampleCode = { snippet: SnippetData; pattern: { href: string; title: string } | null }

export async function exampleCode(files: readonly string[]): Promise<ExampleCode[]> {
  return Promise.all(
    files.map(async (file) => {
      const pattern = patterns.find((candidate) => candidate.files.some((shown) => shown.file === file))
      return {
        snippet: await snippetData({ file }),
        pattern: pattern ? { href: `/patterns/${pattern.slug}/`, title: pattern.title } : null,
      }
    }),
  )
}
