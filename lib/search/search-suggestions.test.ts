import { describe, expect, it } from 'vitest'
import { prepareIndex } from './search-engine'
import type { SearchIndex } from './search-index'
import { closestWord, editDistance, startingTopics, suggestTopics } from './search-suggestions'

const page = (url: string, title: string, text = '') => ({
  kind: 'guide',
  url,
  title,
  sections: [{ heading: '', anchor: '', text }],
})
const index = prepareIndex({
  kinds: { guide: 'Guide' },
  pages: [
    page('/guide/', 'The four boundaries', 'Server Components, Server Actions, Route Handlers, services.'),
    page('/patterns/webhook/', 'Receive a webhook', 'Verify the signature.'),
    page('/scenarios/', 'Scenarios', 'Common features and their answers.'),
    page('/guide/cheatsheet/', 'Decision table', 'Every scenario in one table.'),
  ],
} satisfies SearchIndex)

describe('editDistance', () => {
  it('counts letters inserted, removed or replaced', () => {
    expect(editDistance('webhok', 'webhook')).toBe(1)
    expect(editDistance('sevrice', 'service')).toBe(2)
    expect(editDistance('same', 'same')).toBe(0)
  })

  it('gives up past the limit', () => {
    expect(editDistance('a', 'abcdef', 2)).toBe(3)
  })
})

describe('suggestTopics', () => {
  it('corrects a typo to a word of the index and offers the pages it finds', () => {
    expect(closestWord(index, 'webhok')).toBe('webhook')
    const suggestions = suggestTopics(index, 'webhok')
    expect(suggestions.didYouMean).toBe('webhook')
    expect(suggestions.topics.map((topic) => topic.url)).toEqual(['/patterns/webhook/'])
  })

  it('offers the pages that match some of the words when all of them match none', () => {
    const suggestions = suggestTopics(index, 'webhook zzqxv')
    expect(suggestions.didYouMean).toBeNull()
    expect(suggestions.topics.map((topic) => topic.url)).toEqual(['/patterns/webhook/'])
  })

  it('falls back to the starting topics, with their opening words', () => {
    const suggestions = suggestTopics(index, 'zzqxv')
    expect(suggestions.topics.map((topic) => topic.url)).toEqual(
      startingTopics.filter((url) => url !== '/patterns/'),
    )
    expect(suggestions.topics[0]!.excerpt).toContain('Server Components')
  })
})
