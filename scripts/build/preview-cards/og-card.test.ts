import { describe, expect, it } from 'vitest'
import { cardSvg, escapeXml, wrapText } from './og-card'

describe('the Open Graph card', () => {
  it('wraps a title into lines and marks what does not fit', () => {
    expect(wrapText('Archiving a project from the dashboard and the mobile app', 30, 3)).toEqual([
      'Archiving a project from the',
      'dashboard and the mobile app',
    ])
    expect(wrapText('one two three four five six', 8, 2)).toEqual(['one two', 'three…'])
  })

  it('escapes text, so a title cannot break the SVG', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    )
    const svg = cardSvg({ kicker: 'Scenario', title: 'A <script> & more', answer: 'Route Handler' })
    expect(svg).toContain('A &lt;script&gt; &amp; more')
    expect(svg).toContain('Answer: Route Handler')
    expect(svg).not.toContain('<script>')
  })
})
