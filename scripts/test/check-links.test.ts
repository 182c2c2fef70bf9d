import { describe, expect, it } from 'vitest'
import { extractAnchors, extractLinks, findBrokenLinks } from './check-links'
import { writeSite } from './write-site.test-helper'

describe('extractLinks', () => {
  it('reads href and src from links, scripts and images, decoding entities', () => {
    const html = `<a href="/a/?x=1&amp;y=2">a</a><script src="/s.js"></script><img src='/i.png' alt=""><link rel="stylesheet" href="/c.css">`
    expect(extractLinks(html)).toEqual(['/a/?x=1&y=2', '/s.js', '/i.png', '/c.css'])
  })

  it('ignores tag-like text inside inline scripts and comments', () => {
    expect(extractLinks(`<script>const t = '<a href="/fake">'</script><!-- <a href="/old"> -->`)).toEqual([])
  })
})

describe('extractAnchors', () => {
  it('collects id and name attributes', () => {
    expect([...extractAnchors(`<h2 id="one">x</h2><a name="two"></a>`)]).toEqual(['one', 'two'])
  })
})

describe('findBrokenLinks', () => {
  it('passes a site whose links and anchors all resolve', () => {
    const root = writeSite({
      'index.html': `<a href="/guide/#flows">flows</a><a href="guide/">rel</a><a href="https://nextjs.org/docs">docs</a><a href="#top">top</a><div id="top"></div>`,
      'guide/index.html': `<h2 id="flows">Flows</h2><a href="../">home</a>`,
    })
    expect(findBrokenLinks(root)).toEqual([])
  })

  it('reports missing pages, missing anchors, missing assets and bad schemes', () => {
    const root = writeSite({
      'index.html': [
        `<a href="/nowhere/">x</a>`,
        `<a href="/guide/#no-such">x</a>`,
        `<script src="/_next/missing.js"></script>`,
        `<a href="javascript:alert(1)">x</a>`,
      ].join(''),
      'guide/index.html': `<h2 id="flows">Flows</h2>`,
    })
    expect(findBrokenLinks(root)).toEqual([
      { page: '/', href: '/nowhere/', problem: 'no such page or file' },
      { page: '/', href: '/guide/#no-such', problem: 'no element with id "no-such"' },
      { page: '/', href: '/_next/missing.js', problem: 'no such page or file' },
      { page: '/', href: 'javascript:alert(1)', problem: 'unexpected scheme javascript:' },
    ])
  })

  it('under a sub-path, resolves links that carry it and reports those that do not', () => {
    const root = writeSite({
      'index.html': [
        `<a href="/docs/nb/guide/#flows">x</a>`,
        `<a href="guide/">rel</a>`,
        `<link rel="icon" href="/docs/nb/favicon.svg">`,
        `<a href="/guide/">x</a>`,
        `<a href="/docs/nb/nowhere/">x</a>`,
      ].join(''),
      'guide/index.html': `<h2 id="flows">Flows</h2><a href="../">home</a>`,
      'favicon.svg': '<svg/>',
    })
    expect(findBrokenLinks(root, '/docs/nb')).toEqual([
      { page: '/', href: '/guide/', problem: 'outside the sub-path /docs/nb the site is built for' },
      { page: '/', href: '/docs/nb/nowhere/', problem: 'no such page or file' },
    ])
  })
})
