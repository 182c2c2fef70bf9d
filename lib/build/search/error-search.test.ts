import { describe, expect, it } from 'vitest'
import { errorLibrary } from '../../errors/error-library'
import { errorHref } from '../../errors/error-href'
import { fillMessage, messagePieces } from '../../messages/message-template'
import { missingWordsAllowed, prepareIndex, search } from '../../search/search-engine'
import { buildSearchIndex } from './build-search-index'

// The site's own index without the MDX articles: readers paste a message, with their own values in
// it, and expect the page that explains it.
const index = prepareIndex(buildSearchIndex({}))
const rank = (query: string, slug: string) =>
  search(index, query, { pages: 50 }).findIndex((hit) => hit.url === errorHref(slug))

// What a reader's copy of each message holds where the template has a placeholder.
const pastedValues: Record<string, string> = {
  limit: '1 MB',
  id: ' "7f3a9c0e5b2d4f6a8c1e3b5d7f9a0c2e4b6d8f0a1c"',
  path: '/api/products',
  address: '127.0.0.1:3000',
  page: '/products',
  call: '(0 , s.cookies)(...)',
  route: 'Route "/dashboard"',
  expression: '`cookies().get`',
  url: 'https://api.example.com/api/mobile/places',
  origin: 'https://app.example.com',
}

describe('search finds each error page by its message', () => {
  it('knows a value for every placeholder the pages use', () => {
    const names = errorLibrary.flatMap((entry) => Object.keys(entry.placeholders))
    expect(names.filter((name) => !(name in pastedValues))).toEqual([])
  })

  for (const entry of errorLibrary) {
    const queries = entry.messages.length > 0 ? entry.messages.map((message) => message.text) : [entry.title]
    // Its fixed words alone (".get is not a function") may fit other pages better: listed is enough.
    it(`${entry.slug}: first for each message as printed, listed for its fixed words alone`, () => {
      for (const template of queries) {
        const pasted = fillMessage(template, pastedValues)
        expect(rank(pasted, entry.slug), pasted).toBe(0)
        const fixedWords = messagePieces(template).join(' ')
        expect(rank(fixedWords, entry.slug), fixedWords).toBeGreaterThanOrEqual(0)
      }
    })
  }

  it('finds a page by the words readers use for it', () => {
    expect(rank('405', 'route-handler-405')).toBe(0)
    expect(rank('CORS preflight', 'cors-preflight-blocked')).toBe(0)
    expect(rank('ECONNREFUSED', 'fetch-own-api-at-build')).toBe(0)
    expect(rank('NEXT_REDIRECT', 'redirect-caught-by-try-catch')).toBe(0)
    expect(rank('server action page does not change', 'server-action-page-does-not-change')).toBe(0)
  })

  it('lets a long pasted message lack a third of its words, and a short query none', () => {
    expect(missingWordsAllowed(3)).toBe(0)
    expect(missingWordsAllowed(5)).toBe(0)
    expect(missingWordsAllowed(9)).toBe(3)
    expect(search(index, 'Body exceeded zzzz')).toEqual([])
  })
})
