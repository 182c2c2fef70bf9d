import { boundaries } from '../../../content/boundaries'
import { patternBySlug } from '../../../content/patterns'
import { buildFileTree, type FileTreeNode } from '../../file-tree'
import { snippetKey, type SnippetData } from '../../snippets/snippet-key'
import { snippetsFor } from '../snippets/snippet-data'

/** What a pattern page renders, computed at build: the tree, highlighted files, checks, run targets. */
export type PatternPageData = {
  title: string
  boundaries: Array<{ id: string; name: string; article: string }>
  fileTree: FileTreeNode[]
  files: Array<{ file: string; role: string; key: string }>
  checks: string[]
  runTargets: string[]
  snippets: Record<string, SnippetData>
}

export async function patternPageData(slug: string): Promise<PatternPageData> {
  const pattern = patternBySlug(slug)
  const snippets = await snippetsFor(pattern.files)
  return {
    title: pattern.title,
    boundaries: pattern.boundaries.map((id) => ({
      id,
      name: boundaries[id].name,
      article: boundaries[id].article,
    })),
    fileTree: buildFileTree(pattern.files.map(({ file, role }) => ({ path: file, role }))),
    files: pattern.files.map((shown) => ({ file: shown.file, role: shown.role, key: snippetKey(shown) })),
    checks: pattern.checks,
    runTargets: pattern.runTargets,
    snippets,
  }
}

/** getStaticProps for pages/patterns/<slug>.mdx. */
export function patternStaticProps(slug: string) {
  return async () => ({ props: { ssg: await patternPageData(slug) } })
}
