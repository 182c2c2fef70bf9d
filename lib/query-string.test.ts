import { describe, expect, it } from 'vitest'
import { firstValue, hrefWithQuery } from './query-string'

describe('query strings', () => {
  it('takes the first of a repeated parameter', () => {
    expect(firstValue(['a', 'b'])).toBe('a')
    expect(firstValue('a')).toBe('a')
    expect(firstValue(undefined)).toBeUndefined()
  })

  it('adds a query string only when there are parameters', () => {
    expect(hrefWithQuery('/plan/', new URLSearchParams())).toBe('/plan/')
    expect(hrefWithQuery('/plan/', new URLSearchParams({ feature: 'a b' }))).toBe('/plan/?feature=a+b')
  })
})
