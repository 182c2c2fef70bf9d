import { describe, expect, it } from 'vitest'
import { renameSummary } from './rename-summary'

describe('renameSummary', () => {
  it('counts the paths and identifiers the name replaces', () => {
    expect(renameSummary({ word: 'video', files: 10, paths: 3, identifiers: 10, texts: true })).toBe(
      'Made from the example app’s modules. Your feature’s name replaces “video” in 3 of the 10 paths, 10 identifiers and the messages and comments that say it; other names stay as the example has them.',
    )
    expect(renameSummary({ word: 'product', files: 2, paths: 1, identifiers: 1, texts: false })).toContain(
      'replaces “product” in 1 of the 2 paths and 1 identifier;',
    )
  })

  it('claims nothing when the files hold no word to replace', () => {
    expect(renameSummary({ word: '', files: 6, paths: 0, identifiers: 0, texts: false })).toMatch(
      /^These files keep the example app’s names/,
    )
  })
})
