import { renderToStaticMarkup } from 'react-dom/server'
import { beforeEach, describe, expect, it } from 'vitest'
import { resetDb } from '@/lib/db'
import BrowseProjectsPage from './page'

beforeEach(resetDb)

const render = async (searchParams: Record<string, string | string[]>) =>
  renderToStaticMarkup(await BrowseProjectsPage({ searchParams: Promise.resolve(searchParams) }))

/** Each link of the page: its text, its address and whether it marks the current filter. */
function linksIn(html: string) {
  return [...html.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, attributes, text]) => ({
    text,
    href: /href="([^"]*)"/.exec(attributes!)?.[1]?.replaceAll('&amp;', '&'),
    current: attributes!.includes('aria-current="true"'),
  }))
}

describe('app/projects/browse/page.tsx', () => {
  it('renders the results of the query string it is given', async () => {
    const html = await render({ q: 'engine' })
    expect(html).toContain('<li>Analytical Engine <small>active</small></li>')
    expect(html).not.toContain('A-0 Compiler')
    expect(html).toContain('1 project found')
  })

  it('searches with a plain GET form that keeps the status filter', async () => {
    const html = await render({ q: 'cobol', status: 'archived' })
    const form = /<form [^>]*>.*<\/form>/.exec(html)![0]
    expect(form).toContain('action="/projects/browse"')
    expect(form).not.toContain('method=')
    expect(form).toMatch(/<input [^>]*name="q" value="cobol"/)
    expect(form).toMatch(/<input type="hidden" name="status" value="archived"\/>/)
    expect(html).toContain('COBOL, &quot;=SUM&quot; edition')
  })

  it('links to the other filters and pages with the rest of the query kept', async () => {
    expect(linksIn(await render({ q: 'e' }))).toEqual([
      { text: 'All', href: '/projects/browse?q=e', current: true },
      { text: 'Active', href: '/projects/browse?q=e&status=active', current: false },
      { text: 'Archived', href: '/projects/browse?q=e&status=archived', current: false },
      { text: 'Next page', href: '/projects/browse?q=e&page=2', current: false },
    ])
    expect(linksIn(await render({ q: 'e', page: '2' })).map((link) => link.text)).toEqual([
      'All',
      'Active',
      'Archived',
      'Previous page',
    ])
  })

  it('renders the defaults for a query string it cannot use', async () => {
    const html = await render({ status: 'bogus', page: 'abc' })
    expect(linksIn(html).find((link) => link.current)?.text).toBe('All')
    expect(html).toContain('Page 1 of 2')
  })
})
