import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import {
  searchIndexPath,
  type SearchIndex,
  type SearchPage,
  type SearchSection,
} from '../../search/search-index'
import { pageKinds, type PageKind } from './page-kinds'

/** What Nextra writes at build for its own search: per route, the title and the text under each heading. */
export type NextraSearchData = Record<string, { title: string; data: Record<string, string> }>

/** Where Nextra's build leaves that file in the export (one locale). */
export const nextraDataFile = '_next/static/chunks/nextra-data-en-US.json'

/** '/guide/faq' as the export serves it: '/guide/faq/'. */
function withTrailingSlash(route: string): string {
  return route.endsWith('/') ? route : `${route}/`
}

function sectionsOf(data: Record<string, string>): SearchSection[] {
  return Object.entries(data).map(([key, text]) => {
    const [anchor = '', heading = ''] = key.split('#')
    return { heading, anchor, text: text.replace(/\s*\n\s*/g, ' ').trim() }
  })
}

/**
 * The search index of the whole site: the MDX pages Nextra indexed (a dynamic route's template left
 * out), each under the first kind whose routes match, and the pages each kind makes from content.
 */
export function buildSearchIndex(
  nextraData: NextraSearchData,
  kinds: readonly PageKind[] = pageKinds,
): SearchIndex {
  const pages: SearchPage[] = []
  const seen = new Set<string>()
  const add = (page: SearchPage) => {
    if (seen.has(page.url)) throw new Error(`Search index: ${page.url} is indexed twice`)
    seen.add(page.url)
    pages.push(page)
  }
  for (const [route, { title, data }] of Object.entries(nextraData)) {
    if (route.includes('[')) continue
    const url = withTrailingSlash(route)
    const kind = kinds.find((candidate) => candidate.routes?.test(url))
    if (!kind) throw new Error(`Search index: no page kind takes ${url}`)
    add({ kind: kind.id, url, title, sections: sectionsOf(data) })
  }
  for (const kind of kinds) {
    for (const page of kind.pages?.() ?? []) {
      if (page.kind !== kind.id)
        throw new Error(`Search index: page kind ${kind.id} made a ${page.kind} page`)
      add(page)
    }
  }
  return { kinds: Object.fromEntries(kinds.map((kind) => [kind.id, kind.label])), pages }
}

/** Reads Nextra's index from an export and writes ours beside the other generated files; returns the page count. */
export function writeSearchIndex(outDir: string): number {
  const nextraData = JSON.parse(readFileSync(join(outDir, nextraDataFile), 'utf8')) as NextraSearchData
  const index = buildSearchIndex(nextraData)
  const file = join(outDir, searchIndexPath)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(index))
  return index.pages.length
}
