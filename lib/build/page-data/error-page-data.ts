import { errorLibrary, findErrorEntry } from '../../errors/error-library'
import { errorHref } from '../../errors/error-href'
import { errorPlaces, type ErrorEntry } from '../../errors/error-schema'
import { errorView, type ErrorView } from '../../errors/error-view'
import { recipeLibrary } from '../../recipes/recipe-library'
import { highlightToLines, languageOf } from '../snippets/highlight'

/** A "wrong" or "right" block of an error page, highlighted at build time. */
export type ErrorCodeView = { kind: 'wrong' | 'right'; file: string; html: string }

export type ErrorPageData = { entry: ErrorView; code: ErrorCodeView[] }

export type ErrorSummary = {
  slug: string
  href: string
  title: string
  /** The first message, as the list shows it; null for a symptom. */
  message: string | null
  description: string
  /** What the list's filter matches besides the words shown: every message and the readers' words. */
  searchText: string
}

export type ErrorListData = {
  groups: Array<{ id: string; title: string; entries: ErrorSummary[] }>
}

export function errorStaticPaths() {
  return {
    paths: errorLibrary.map((entry) => ({ params: { slug: entry.slug } })),
    fallback: false as const,
  }
}

export async function errorStaticProps(slug: string): Promise<{ props: { ssg: ErrorPageData } }> {
  const entry = findErrorEntry(slug)
  if (!entry) throw new Error(`No error page "${slug}"`)
  const code = await Promise.all(
    entry.code.map(async (block) => ({
      kind: block.kind,
      file: block.file,
      html: await highlightToLines(block.code, languageOf(block.file)),
    })),
  )
  return { props: { ssg: { entry: errorView(entry, recipeLibrary), code } } }
}

const summary = (entry: ErrorEntry): ErrorSummary => ({
  slug: entry.slug,
  href: errorHref(entry.slug),
  title: entry.title,
  message: entry.messages[0]?.text ?? null,
  description: entry.description,
  searchText: [...entry.messages.map((message) => message.text), ...entry.readersWords].join(' '),
})

export const errorSummaries = (): ErrorSummary[] => errorLibrary.map(summary)

/** getStaticProps for /errors/: every entry, grouped by where the reader meets the message. */
export function errorListStaticProps(): { props: { ssg: ErrorListData } } {
  return {
    props: {
      ssg: {
        groups: errorPlaces
          .map((place) => ({
            id: place.id,
            title: place.title,
            entries: errorLibrary.filter((entry) => entry.place === place.id).map(summary),
          }))
          .filter((group) => group.entries.length > 0),
      },
    },
  }
}
