import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const dropThemeSearch = require('./drop-theme-search-loader.cjs') as (source: string) => string
const themeFile = new URL('../../node_modules/nextra-theme-docs/dist/index.js', import.meta.url)

describe('the loader that drops the theme’s own search', () => {
  it('names no search component in the installed theme’s defaults, and changes nothing else', () => {
    const source = readFileSync(themeFile, 'utf8')
    const loaded = dropThemeSearch(source)
    expect(loaded).toMatch(/search:\s*\{\s*component:\s*null,/)
    expect(loaded).not.toMatch(/component:\s*Flexsearch/)
    expect(loaded.length).toBe(source.length - 'Flexsearch'.length + 'null'.length)
  })

  it('fails, naming itself, on a theme that sets its search otherwise', () => {
    expect(() => dropThemeSearch('export const theme = { search: { component: Other } }')).toThrow(
      /drop-theme-search-loader\.cjs: nextra-theme-docs no longer sets/,
    )
  })
})
