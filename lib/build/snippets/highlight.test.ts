import { describe, expect, it } from 'vitest'
import { highlightToLines, languageOf } from './highlight'

describe('highlightToLines', () => {
  it('gives one data-line span per line with light and dark colours, marking highlighted lines', async () => {
    const html = await highlightToLines('const a = 1\nconst b = "<b>"\n', 'ts', new Set([2]))
    const lines = html.match(/<span data-line=""[^>]*>/g) ?? []
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain('data-highlighted-line')
    expect(lines[0]).not.toContain('data-highlighted-line')
    expect(html).toMatch(/--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}/)
    expect(html).toContain('&#x3C;b>')
    expect(html).not.toContain('<b>')
  })

  it('picks the language from the file name', () => {
    expect(languageOf('app/page.tsx')).toBe('tsx')
    expect(languageOf('app/api/route.ts')).toBe('ts')
  })
})
