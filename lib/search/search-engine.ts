import { normalize, queryWords } from './normalize'
import type { SearchIndex, SearchPage } from './search-index'
import { synonymsOf } from './synonyms'

/** The index with its text normalized once, when it loads, rather than on every keystroke. */
export type PreparedIndex = {
  kinds: Record<string, string>
  pages: PreparedPage[]
  /** Every word of the index, for the closest-word suggestions. */
  vocabulary: Set<string>
}
type PreparedPage = {
  page: SearchPage
  title: string
  sections: Array<{ heading: string; body: string }>
}

export type SectionHit = { heading: string; url: string; excerpt: string }

/** One page in the results: the page itself, then its best sections. */
export type PageHit = {
  url: string
  title: string
  kind: string
  kindLabel: string
  excerpt: string
  sections: SectionHit[]
  score: number
}

export type SearchOptions = { pages?: number; sectionsPerPage?: number }

/** A query word and what else finds it: its singular, its synonyms, each with a rank weight. */
type Variant = { text: string; weight: number }

const weights = { title: 10, heading: 4, body: 1, singular: 0.9, synonym: 0.6 }

export function prepareIndex(index: SearchIndex): PreparedIndex {
  const vocabulary = new Set<string>()
  const pages = index.pages.map((page) => {
    const title = normalize(page.title)
    const sections = page.sections.map((section) => ({
      heading: normalize(section.heading),
      body: normalize(section.text),
    }))
    for (const text of [title, ...sections.flatMap((section) => [section.heading, section.body])]) {
      for (const word of text.split(' ')) if (word) vocabulary.add(word)
    }
    return { page, title, sections }
  })
  return { kinds: index.kinds, pages, vocabulary }
}

function variantsOf(word: string): Variant[] {
  const variants = [{ text: ` ${word}`, weight: 1 }]
  if (word.length > 3 && word.endsWith('s'))
    variants.push({ text: ` ${word.slice(0, -1)}`, weight: weights.singular })
  for (const synonym of synonymsOf(word)) variants.push({ text: ` ${synonym}`, weight: weights.synonym })
  return variants
}

/** How well a normalized text matches one query word: a word in it starts with the word or a variant. */
function matchWeight(text: string, variants: Variant[]): number {
  let best = 0
  for (const variant of variants)
    if (variant.weight > best && text.includes(variant.text)) best = variant.weight
  return best
}

/** Like matchWeight, a little more for text that mentions the word again (up to four times). */
function bodyWeight(text: string, variants: Variant[]): number {
  let best = 0
  for (const variant of variants) {
    let count = 0
    for (let at = text.indexOf(variant.text); at >= 0 && count < 4; at = text.indexOf(variant.text, at + 1))
      count++
    if (count > 0) best = Math.max(best, variant.weight * (1 + 0.15 * (count - 1)))
  }
  return best
}

/** The words a search looks for; one-letter words only when the query has nothing else. */
export function searchWords(query: string): string[] {
  const words = queryWords(query)
  const longer = words.filter((word) => word.length > 1)
  return longer.length > 0 ? longer : words
}

/** Every word the results should mark: the query's words, their singulars and synonyms. */
export function highlightWords(query: string): string[] {
  return [
    ...new Set(searchWords(query).flatMap((word) => variantsOf(word).map((variant) => variant.text.trim()))),
  ]
}

type Scored = { entry: PreparedPage; score: number; sectionScores: number[] }

/**
 * How many words of a query a page may lack. A short query is words the reader chose: each must be
 * on the page. A long one is usually a pasted error message, with the reader's own paths, ports and
 * ids in it: a third of its words may be missing.
 */
export const missingWordsAllowed = (wordCount: number) => (wordCount >= 6 ? Math.floor(wordCount / 3) : 0)

/** The most words of `words`, one after the other as the query has them, that a text of the page holds. */
function longestRun(entry: PreparedPage, words: string[]): number {
  const texts = [entry.title, ...entry.sections.flatMap((section) => [section.heading, section.body])]
  let longest = 0
  for (let start = 0; start + longest < words.length; start++) {
    let end = start + longest + 1
    while (
      end <= words.length &&
      texts.some((text) => text.includes(` ${words.slice(start, end).join(' ')}`))
    )
      end++
    longest = Math.max(longest, end - 1 - start)
  }
  return longest
}

function scorePage(entry: PreparedPage, words: string[], allWords: string[]): Scored | null {
  let score = 0
  let missing = 0
  const allowed = missingWordsAllowed(words.length)
  const sectionScores = entry.sections.map(() => 0)
  for (const word of words) {
    const variants = variantsOf(word)
    let best = matchWeight(entry.title, variants) * weights.title
    entry.sections.forEach((section, index) => {
      const weight = Math.max(
        matchWeight(section.heading, variants) * weights.heading,
        bodyWeight(section.body, variants) * weights.body,
      )
      sectionScores[index]! += weight
      best = Math.max(best, weight)
    })
    // Every word of the query has to be somewhere on the page, but for the few a long one may lack.
    if (best === 0 && ++missing > allowed) return null
    score += best
  }
  if (words.length > 1) {
    const phrase = ` ${words.join(' ')}`
    if (entry.title.includes(phrase)) score += weights.title / 2
    else if (
      entry.sections.some((section) => section.heading.includes(phrase) || section.body.includes(phrase))
    )
      score += weights.heading / 2
  }
  // A pasted message: the page that quotes most of it word for word (short words included, the
  // reader's own values left out) comes before pages that only share its words.
  const run = allWords.length > 3 ? longestRun(entry, allWords) : 0
  if (run >= 3 && allWords.length > run) score += (weights.title * run) / allWords.length
  // A page that talks about it in several sections ranks a little above one that mentions it once.
  score += Math.min(sectionScores.filter((value) => value > 0).length, 5) * 0.2
  return { entry, score, sectionScores }
}

/** A stretch of text around the first place it mentions one of the words, at most `length` long. */
export function excerptOf(text: string, words: string[], length = 160): string {
  const lower = text.toLowerCase()
  const found = words
    .map((word) => lower.search(new RegExp(`(^|[^a-z0-9])${escapeRegExp(word)}`)))
    .filter((index) => index >= 0)
  const at = found.length > 0 ? Math.min(...found) : 0
  let start = Math.max(0, at - 50)
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  let excerpt = text.slice(start, start + length)
  if (start + length < text.length) excerpt = excerpt.replace(/\s+\S*$/, '').replace(/[.,;:]$/, '') + '…'
  return (start > 0 ? '…' : '') + excerpt
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function hitOf(
  scored: Scored,
  words: string[],
  kinds: Record<string, string>,
  sectionsPerPage: number,
): PageHit {
  const { page } = scored.entry
  const marked = highlightWords(words.join(' '))
  const ranked = page.sections
    .map((section, index) => ({ section, score: scored.sectionScores[index]! }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
  const intro = page.sections.find((section) => section.heading === '')
  const sections = ranked
    .filter(({ section }) => section.heading !== '')
    .slice(0, sectionsPerPage)
    .map(({ section }) => ({
      heading: section.heading,
      url: section.anchor ? `${page.url}#${section.anchor}` : page.url,
      excerpt: excerptOf(section.text, marked, 120),
    }))
  return {
    url: page.url,
    title: page.title,
    kind: page.kind,
    kindLabel: kinds[page.kind] ?? page.kind,
    excerpt: intro ? excerptOf(intro.text, marked) : '',
    sections,
    score: scored.score,
  }
}

/**
 * The pages that mention every word of the query (a word matches any word that starts with it, its
 * singular, or one of its synonyms), best first, one entry per page with its best sections.
 */
export function search(index: PreparedIndex, query: string, options: SearchOptions = {}): PageHit[] {
  const words = searchWords(query)
  if (words.length === 0) return []
  const scored: Scored[] = []
  for (const entry of index.pages) {
    const result = scorePage(entry, words, queryWords(query))
    if (result) scored.push(result)
  }
  scored.sort((a, b) => b.score - a.score)
  return scored
    .slice(0, options.pages ?? 8)
    .map((result) => hitOf(result, words, index.kinds, options.sectionsPerPage ?? 2))
}
