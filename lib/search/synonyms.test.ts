import { describe, expect, it } from 'vitest'
import { normalize } from './normalize'
import { synonyms, synonymsOf } from './synonyms'

describe('synonyms', () => {
  it('leads the words readers use to the words the site uses', () => {
    expect(synonymsOf('cron')).toContain('scheduler')
    expect(synonymsOf('csrf')).toContain('origin check')
    expect(synonymsOf('streaming')).toContain('stream')
    expect(synonymsOf('upload')).toContain('file')
  })

  it('links webhook and signature both ways', () => {
    expect(synonymsOf('webhook')).toContain('signature')
    expect(synonymsOf('signature')).toContain('webhook')
  })

  it('has nothing for other words, including names inherited from Object', () => {
    expect(synonymsOf('server')).toEqual([])
    expect(synonymsOf('constructor')).toEqual([])
  })

  it('is written in normalized words, so the search compares like with like', () => {
    for (const [word, list] of Object.entries(synonyms)) {
      expect(normalize(word).trim(), word).toBe(word)
      for (const synonym of list) expect(normalize(synonym).trim(), `${word} → ${synonym}`).toBe(synonym)
    }
  })
})
