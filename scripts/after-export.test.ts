import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { finishExport } from './after-export'
import { writeSite } from './write-site.test-helper'

describe('finishExport', () => {
  it('puts 404.html at the root and lists every page but the 404 in sitemap.xml', () => {
    const out = writeSite({ 'index.html': '', '404/index.html': 'not found', 'guide/index.html': '' })
    expect(finishExport(out, 'https://example.org/')).toEqual({ pages: 2 })
    expect(readFileSync(join(out, '404.html'), 'utf8')).toBe('not found')
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain('<loc>https://example.org/guide/</loc>')
    expect(sitemap).toContain('<loc>https://example.org/</loc>')
    expect(sitemap).not.toContain('404')
  })

  it('fails clearly when there is no 404 page at all', () => {
    const out = writeSite({ 'index.html': '' })
    expect(() => finishExport(out, 'https://example.org')).toThrow('No 404 page')
    expect(existsSync(join(out, 'sitemap.xml'))).toBe(false)
  })
})
