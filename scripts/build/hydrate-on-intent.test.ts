import { describe, expect, it } from 'vitest'
import { deferHydration, pageDataFolder } from './hydrate-on-intent'

const exportedPage = [
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/css/a.css"/>',
  '<script defer="" noModule="" src="/_next/static/chunks/polyfills-1.js"></script>',
  '<script src="/_next/static/chunks/webpack-1.js" defer=""></script>',
  '<script src="/_next/static/chunks/framework-1.js" defer=""></script>',
  '<script src="/_next/static/chunks/pages/guide-1.js" defer=""></script>',
  '</head><body><div id="__next"><h1>Guide</h1></div>',
  '<script id="__NEXT_DATA__" type="application/json">{"page":"/guide"}</script></body></html>',
].join('')

/** The options the page's loader is called with. (The loader itself runs in tests/hydration-loader.e2e.ts.) */
function loaderOptions(html: string): unknown {
  const call = /hydrateOnIntent\((\{.*\})\)\}\)\(\);<\/script>/.exec(html)
  if (!call) throw new Error('No loader call in the page')
  return JSON.parse(call[1]!)
}

describe('deferHydration', () => {
  it('replaces the Next.js script tags with one loader that keeps their order, and moves the page data out', () => {
    const { html, data } = deferHydration(exportedPage, { file: 'guide/index.html', eager: false })
    expect(html).not.toMatch(/<script src="\/_next/)
    expect(html).not.toContain('<script id="__NEXT_DATA__"')
    expect(html.match(/<script data-hydrate-on-intent="">/g)).toHaveLength(1)
    expect(data).toEqual({
      file: expect.stringMatching(/^[0-9a-f]{16}\.json$/),
      content: '{"page":"/guide"}',
    })
    expect(loaderOptions(html)).toMatchObject({
      sources: [
        '/_next/static/chunks/webpack-1.js',
        '/_next/static/chunks/framework-1.js',
        '/_next/static/chunks/pages/guide-1.js',
      ],
      data: `/${pageDataFolder}/${data!.file}`,
      eager: false,
      afterPaint: false,
    })
    // Untouched: the stylesheet and the legacy-browser polyfills.
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/css/a.css"/>')
    expect(html).toContain('noModule="" src="/_next/static/chunks/polyfills-1.js"')
  })

  it('gives the page data the base path the scripts have, for a site built under a sub-path', () => {
    const prefixed = exportedPage.replaceAll('"/_next/', '"/docs/next-boundaries/_next/')
    const { html, data } = deferHydration(prefixed, { file: 'guide/index.html', eager: true })
    expect(loaderOptions(html)).toMatchObject({
      sources: expect.arrayContaining(['/docs/next-boundaries/_next/static/chunks/webpack-1.js']),
      data: `/docs/next-boundaries/${pageDataFolder}/${data!.file}`,
      eager: true,
    })
  })

  it('leaves a page it has already rewritten as it is', () => {
    const once = deferHydration(exportedPage, { file: 'guide/index.html', eager: false })
    expect(deferHydration(once.html, { file: 'guide/index.html', eager: false })).toEqual({
      html: once.html,
      data: null,
    })
  })

  it('fails naming the file when a page has no Next.js scripts or no page data', () => {
    expect(() =>
      deferHydration('<html><body>hi</body></html>', { file: 'odd/index.html', eager: false }),
    ).toThrow('odd/index.html: no <script src="…/_next/static/…" defer> tags or no __NEXT_DATA__')
    const withoutData = exportedPage.replace(/<script id="__NEXT_DATA__".*?<\/script>/, '')
    expect(() => deferHydration(withoutData, { file: 'odd/index.html', eager: false })).toThrow(
      'odd/index.html',
    )
  })
})
