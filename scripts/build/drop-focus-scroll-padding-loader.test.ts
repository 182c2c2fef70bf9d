import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const dropFocusScrollPadding = require('./drop-focus-scroll-padding-loader.cjs') as (source: string) => string
const themeStyles = new URL('../../node_modules/nextra-theme-docs/dist/style.css', import.meta.url)

describe('the loader that drops the theme’s focus-dependent scroll padding', () => {
  it('leaves no :has(:focus) rule in the installed theme’s stylesheet, and changes nothing else', () => {
    const source = readFileSync(themeStyles, 'utf8')
    const loaded = dropFocusScrollPadding(source)
    expect(loaded).not.toContain(':has(:focus)')
    expect(loaded).not.toContain('scroll-padding-top:var(--nextra-navbar-height)')
    const rule = 'html:not(:has(:focus)){scroll-padding-top:var(--nextra-navbar-height)}'
    expect(loaded.length).toBe(source.length - rule.length)
  })

  it('fails, naming itself, on a stylesheet that words the rule otherwise', () => {
    expect(() => dropFocusScrollPadding('html:not(:has(*:focus)){scroll-padding-top:4rem}')).toThrow(
      /drop-focus-scroll-padding-loader\.cjs: nextra-theme-docs' style\.css no longer has/,
    )
  })
})
