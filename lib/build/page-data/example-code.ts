import { patterns } from '../../../content/patterns'
import type { SnippetData, SnippetRequest } from '../../snippets/snippet-key'
import { snippetData } from '../snippets/snippet-data'

/** An example file for a decision: its highlighted code and the pattern page where it runs. */
export type ExampleCode = { snippet: SnippetData; pattern: { href: string; title: string } | null }

/** Each file (or one region of it) highlighted, with the pattern page that runs it, if any. */
export async function exampleCode(
  files: ReadonlyArray<string | { file: string; region?: string | null }>,
): Promise<ExampleCode[]> {
  return Promise.all(
    files.map(async (shown) => {
      const request: SnippetRequest =
        typeof shown === 'string' ? { file: shown } : { file: shown.file, region: shown.region ?? undefined }
      const file = request.file
      const pattern = patterns.find((candidate) => candidate.files.some((listed) => listed.file === file))
      return {
        snippet: await snippetData(request),
        pattern: pattern ? { href: `/patterns/${pattern.slug}/`, title: pattern.title } : null,
      }
    }),
  )
}
