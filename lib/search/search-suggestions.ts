import { search, searchWords, type PageHit, type PreparedIndex } from './search-engine'

/** Where a reader whose words match nothing can start: the wizard is offered beside these. */
export const startingTopics = ['/guide/', '/scenarios/', '/guide/cheatsheet/', '/patterns/']

export type Suggestions = {
  /** The query with each unknown word replaced by the closest word of the index, if that finds pages. */
  didYouMean: string | null
  topics: PageHit[]
}

/** Edit distance between two words (insert, delete, replace one letter), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowBest = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      rowBest = Math.min(rowBest, current[j]!)
    }
    if (rowBest > limit) return limit + 1
    previous = current
  }
  return previous[b.length]!
}

/** The closest word of the index to a word it does not hold (a typo), or null when none is close. */
export function closestWord(index: PreparedIndex, word: string): string | null {
  if (word.length < 3) return null
  const limit = word.length <= 5 ? 1 : 2
  let best: { word: string; distance: number } | null = null
  for (const candidate of index.vocabulary) {
    if (candidate.length < 3) continue
    const distance = editDistance(word, candidate, limit)
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance }
  }
  return best?.word ?? null
}

/**
 * What to offer when a query finds nothing: the pages a corrected spelling finds; else the pages
 * that match some of its words, most first; else the starting topics.
 */
export function suggestTopics(index: PreparedIndex, query: string, count = 4): Suggestions {
  const words = searchWords(query)
  const hasWord = (word: string) => [...index.vocabulary].some((known) => known.startsWith(word))
  const corrected = words.map((word) => (hasWord(word) ? word : (closestWord(index, word) ?? word)))
  if (corrected.some((word, position) => word !== words[position])) {
    const didYouMean = corrected.join(' ')
    const topics = search(index, didYouMean, { pages: count, sectionsPerPage: 0 })
    if (topics.length > 0) return { didYouMean, topics }
  }
  if (words.length > 1) {
    const byUrl = new Map<string, PageHit>()
    for (const word of corrected) {
      for (const hit of search(index, word, { pages: count, sectionsPerPage: 0 })) {
        const known = byUrl.get(hit.url)
        byUrl.set(hit.url, known ? { ...known, score: known.score + hit.score } : hit)
      }
    }
    const topics = [...byUrl.values()].sort((a, b) => b.score - a.score).slice(0, count)
    if (topics.length > 0) return { didYouMean: null, topics }
  }
  const topics = startingTopics.flatMap((url) => {
    const entry = index.pages.find(({ page }) => page.url === url)
    if (!entry) return []
    const { page } = entry
    const intro = page.sections.find((section) => section.heading === '')?.text ?? ''
    const excerpt = intro.length > 160 ? intro.slice(0, 160).replace(/\s+\S*$/, '') + '…' : intro
    const kindLabel = index.kinds[page.kind] ?? page.kind
    return [{ url, title: page.title, kind: page.kind, kindLabel, excerpt, sections: [], score: 0 }]
  })
  return { didYouMean: null, topics: topics.slice(0, count) }
}
