import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listHtmlFiles } from '../scripts/exported-site'
import { exportDir } from './harness/global-setup'

// next.config.mjs replaces Next.js's CSS module class names (Wizard_result__a1B2c) with a six-letter
// hash (_a1B2c3). It works by finding Next's css-loader options, so an upgrade that moves them would
// bring the long names back without a word: the exported site must show the short ones only.
describe('CSS module class names in the export', () => {
  const longName = /^[A-Z][A-Za-z]*_[A-Za-z][\w]*__[\w-]{5}$/
  const shortName = /^_[\w-]{6}$/

  it('are short hashes in every page and no page uses the default long form', () => {
    const classes = new Set<string>()
    for (const file of listHtmlFiles(exportDir)) {
      const html = readFileSync(file, 'utf8')
      for (const [, list] of html.matchAll(/class="([^"]*)"/g)) {
        for (const name of list!.split(/\s+/)) classes.add(name)
      }
    }
    expect([...classes].filter((name) => longName.test(name))).toEqual([])
    // The wizard, the map, the scenario list and the snippets show dozens of module classes.
    expect([...classes].filter((name) => shortName.test(name)).length).toBeGreaterThan(50)
  })

  it('are short hashes in the stylesheets', () => {
    const cssDir = join(exportDir, '_next/static/css')
    const css = readdirSync(cssDir)
      .map((file) => readFileSync(join(cssDir, file), 'utf8'))
      .join('\n')
    expect(css.match(/\.[A-Z][A-Za-z]*_[A-Za-z]\w*__[\w-]{5}\b/g) ?? []).toEqual([])
    expect((css.match(/\._[\w-]{6}\b/g) ?? []).length).toBeGreaterThan(100)
  })
})
