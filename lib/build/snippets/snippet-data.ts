import { parseLineRanges, readExample } from './example-source'
import { highlightToLines, languageOf } from './highlight'
import { snippetKey, type SnippetData, type SnippetRequest } from '../../snippets/snippet-key'
import { verificationOf } from '../verified-versions'

// Wizard results and scenario pages show the same few files again and again: highlight each once per
// build. `next dev` reads the file every time, so an edited example shows at once.
const highlightedSnippets = new Map<string, Promise<SnippetData>>()
const reuseHighlights = process.env.NODE_ENV === 'production'

/** One snippet, highlighted at most once per build process. */
export function snippetData(request: SnippetRequest): Promise<SnippetData> {
  const key = snippetKey(request)
  let snippet = reuseHighlights ? highlightedSnippets.get(key) : undefined
  if (!snippet) {
    snippet = highlight(request)
    highlightedSnippets.set(key, snippet)
  }
  return snippet
}

async function highlight(request: SnippetRequest): Promise<SnippetData> {
  const code = readExample(request.file, request.region)
  const lineCount = code.split('\n').length
  const highlighted = parseLineRanges(request.lines, lineCount, request.file)
  return {
    file: request.file,
    region: request.region ?? null,
    html: await highlightToLines(code, languageOf(request.file), highlighted),
    lineCount,
    verification: verificationOf(request.file),
  }
}

/** Every requested snippet, keyed by snippetKey, for a page's static props. */
export async function snippetsFor(requests: SnippetRequest[]): Promise<Record<string, SnippetData>> {
  const entries = await Promise.all(
    requests.map(async (request) => [snippetKey(request), await snippetData(request)]),
  )
  return Object.fromEntries(entries)
}

/** getStaticProps for an MDX page that shows snippets: `export const getStaticProps = snippetStaticProps([...])`. */
export function snippetStaticProps(requests: SnippetRequest[]) {
  return async () => ({ props: { ssg: { snippets: await snippetsFor(requests) } } })
}
