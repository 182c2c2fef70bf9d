import { describe, expect, it } from 'vitest'
import { browseHref, parseBrowseParams } from './browse-params'

describe('parseBrowseParams', () => {
  it('reads the search, the status and the page from the query string', () => {
    expect(parseBrowseParams({ q: ' engine ', status: 'archived', page: '2' })).toEqual({
      q: 'engine',
      status: 'archived',
      page: 2,
    })
  })

  it('falls back to the default for each missing or bad value', () => {
    const defaults = { q: '', status: 'all', page: 1 }
    expect(parseBrowseParams({})).toEqual(defaults)
    expect(parseBrowseParams({ q: 'x'.repeat(101), status: 'deleted', page: 'two' })).toEqual(defaults)
    expect(parseBrowseParams({ page: '0' }).page).toBe(1)
    expect(parseBrowseParams({ page: '1.5' }).page).toBe(1)
    expect(parseBrowseParams({ page: '-3' }).page).toBe(1)
  })

  it('takes the first of repeated values', () => {
    expect(parseBrowseParams({ q: ['cobol', 'engine'], status: ['active', 'archived'] })).toMatchObject({
      q: 'cobol',
      status: 'active',
    })
  })
})

describe('browseHref', () => {
  const current = { q: 'a&b', status: 'active', page: 3 } as const

  it('keeps the other values and encodes the search', () => {
    expect(browseHref(current, { page: 4 })).toBe('/projects/browse?q=a%26b&status=active&page=4')
  })

  it('leaves defaults out of the address', () => {
    expect(browseHref(current, { status: 'all', page: 1 })).toBe('/projects/browse?q=a%26b')
    expect(browseHref({ q: '', status: 'all', page: 1 })).toBe('/projects/browse')
  })
})
