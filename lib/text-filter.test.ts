import { describe, expect, it } from 'vitest'
import { filterWords, matchesWords } from './text-filter'

describe('list filters', () => {
  it('keeps an item that holds every word, in any order and case', () => {
    const words = filterWords('  Upload  VIDEO ')
    expect(words).toEqual(['upload', 'video'])
    expect(matchesWords('A large video upload', words)).toBe(true)
    expect(matchesWords('A small file upload', words)).toBe(false)
    expect(matchesWords('anything', filterWords(''))).toBe(true)
  })
})
