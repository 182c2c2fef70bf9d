import { describe, expect, it } from 'vitest'
import { buildSearchIndex, type NextraSearchData } from './build-search-index'
import { pageKinds } from './page-kinds'

const nextraData: NextraSearchData = {
  '/guide/faq': {
    title: 'FAQ',
    data: {
      '': 'Questions readers ask.',
      'are-api-routes-still-a-thing#Are API routes still a thing?': 'Yes.\nThey are.',
    },
  },
  '/patterns/webhook': { title: 'Receive a webhook', data: { '': 'Verify it.' } },
  '/': { title: 'Next Boundaries', data: { '': 'Which boundary?' } },
  '/scenarios/[slug]': { title: 'Scenario', data: {} },
  '/decide/[[...path]]': { title: 'Decide', data: {} },
}
const index = buildSearchIndex(nextraData)
const pageAt = (url: string) => index.pages.find((page) => page.url === url)

describe('buildSearchIndex', () => {
  it('takes the MDX pages Nextra indexed, by kind, with their sections and the export’s addresses', () => {
    expect(pageAt('/guide/faq/')).toEqual({
      kind: 'guide',
      url: '/guide/faq/',
      title: 'FAQ',
      sections: [
        { heading: '', anchor: '', text: 'Questions readers ask.' },
        {
          heading: 'Are API routes still a thing?',
          anchor: 'are-api-routes-still-a-thing',
          text: 'Yes. They are.',
        },
      ],
    })
    expect(pageAt('/patterns/webhook/')?.kind).toBe('pattern')
    expect(pageAt('/')?.kind).toBe('page')
  })

  it('leaves out the templates of dynamic pages, and adds the pages they render from content', () => {
    expect(index.pages.some((page) => page.url.includes('['))).toBe(false)
    const stripe = pageAt('/scenarios/stripe-webhook/')!
    expect(stripe.kind).toBe('scenario')
    expect(stripe.title).toBe('A Stripe webhook')
    expect(stripe.sections[0]!.text).toContain('Route Handler')
    for (const slug of ['csv-export', 'rss-feed', 'infinite-scroll', 'settings-form']) {
      expect(pageAt(`/scenarios/${slug}/`), slug).toBeDefined()
    }
  })

  it('indexes wizard questions, outcomes and the answers that lead to them, each address once', () => {
    expect(pageAt('/decide/')?.kind).toBe('wizard-step')
    const scheduler = index.pages.find((page) =>
      page.sections.some((section) => /scheduler/i.test(section.heading) && /cron/i.test(section.heading)),
    )
    expect(scheduler?.url).toMatch(/^\/decide\/.+\/$/)
    expect(index.pages.some((page) => page.kind === 'wizard-result')).toBe(true)
    expect(new Set(index.pages.map((page) => page.url)).size).toBe(index.pages.length)
  })

  it('names every kind, from the registry', () => {
    expect(index.kinds).toEqual(Object.fromEntries(pageKinds.map((kind) => [kind.id, kind.label])))
    for (const page of index.pages) expect(index.kinds[page.kind], page.url).toBeDefined()
  })

  it('stops on a page no kind takes, and on one address indexed twice', () => {
    expect(() =>
      buildSearchIndex(nextraData, [{ id: 'guide', label: 'Guide', routes: /^\/guide\// }]),
    ).toThrow(/no page kind takes \/patterns\/webhook\//)
    const twice = [
      {
        id: 'page',
        label: 'Page',
        routes: /^\//,
        pages: () => [{ kind: 'page', url: '/', title: 'Home', sections: [] }],
      },
    ]
    expect(() => buildSearchIndex({ '/': { title: 'Home', data: {} } }, twice)).toThrow(/\/ is indexed twice/)
  })
})
