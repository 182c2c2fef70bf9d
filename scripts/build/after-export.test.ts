import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { finishExport } from './after-export'
import { writeSite } from '../test/write-site.test-helper'

/** A page as next build exports it, reduced to what finishExport reads. */
const page = (text: string) =>
  `<html><head><script src="/_next/static/chunks/main-1.js" defer=""></script></head><body>${text}` +
  `<script id="__NEXT_DATA__" type="application/json">{"page":"/"}</script></body></html>`

describe('finishExport', () => {
  it('puts 404.html at the root and lists every page but the 404 in sitemap.xml', () => {
    const out = writeSite({
      'index.html': page(''),
      '404/index.html': page('not found'),
      'guide/index.html': page(''),
    })
    expect(finishExport(out, 'https://example.org/')).toEqual({ pages: 2 })
    expect(readFileSync(join(out, '404.html'), 'utf8')).toContain('not found')
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain('<loc>https://example.org/guide/</loc>')
    expect(sitemap).toContain('<loc>https://example.org/</loc>')
    expect(sitemap).not.toContain('404')
  })

  it('lists the pages at their public address under a sub-path', () => {
    const out = writeSite({
      'index.html': page(''),
      '404/index.html': page(''),
      'guide/index.html': page(''),
    })
    finishExport(out, 'https://example.org', '/docs/nb')
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain('<loc>https://example.org/docs/nb/</loc>')
    expect(sitemap).toContain('<loc>https://example.org/docs/nb/guide/</loc>')
  })

  it('defers Next.js on every page but the 404 page, which loads it at once', () => {
    const out = writeSite({ 'index.html': page(''), '404/index.html': page('not found') })
    finishExport(out, 'https://example.org/')
    const loaderOf = (file: string) =>
      readFileSync(join(out, file), 'utf8').match(/"eager":(true|false)/)?.[1]
    expect(loaderOf('index.html')).toBe('false')
    expect(loaderOf('404.html')).toBe('true')
    expect(loaderOf('404/index.html')).toBe('true')
    const dataUrl = readFileSync(join(out, 'index.html'), 'utf8').match(
      /"(\/_next\/static\/page-data\/[^"]+)"/,
    )?.[1]
    expect(readFileSync(join(out, dataUrl!), 'utf8')).toBe('{"page":"/"}')
  })

  it('fails clearly when there is no 404 page at all', () => {
    const out = writeSite({ 'index.html': page('') })
    expect(() => finishExport(out, 'https://example.org')).toThrow('No 404 page')
    expect(existsSync(join(out, 'sitemap.xml'))).toBe(false)
  })
})
