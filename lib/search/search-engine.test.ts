import { describe, expect, it } from 'vitest'
import { excerptOf, highlightWords, prepareIndex, search } from './search-engine'
import type { SearchIndex } from './search-index'

const index: SearchIndex = {
  kinds: { guide: 'Guide', scenario: 'Scenario', 'wizard-step': 'Wizard step' },
  pages: [
    {
      kind: 'guide',
      url: '/guide/route-handlers/',
      title: 'Route Handlers for anything with a URL',
      sections: [
        { heading: '', anchor: '', text: 'A Route Handler answers requests at a URL.' },
        { heading: 'Webhooks', anchor: 'webhooks', text: 'Verify the signature on the raw body.' },
        { heading: 'Streaming', anchor: 'streaming', text: 'Return a ReadableStream to stream the answer.' },
        {
          heading: 'Webhooks again',
          anchor: 'webhooks-again',
          text: 'Webhooks retry, so remember event ids.',
        },
      ],
    },
    {
      kind: 'scenario',
      url: '/scenarios/stripe-webhook/',
      title: 'A Stripe webhook',
      sections: [{ heading: '', anchor: '', text: 'Stripe tells us that a payment succeeded.' }],
    },
    {
      kind: 'wizard-step',
      url: '/decide/app-router/another-system-calls-us/a-scheduler/',
      title: 'How does the scheduler start the job?',
      sections: [
        { heading: '', anchor: '', text: 'Hosted schedulers usually call a URL.' },
        {
          heading: 'A scheduler, on a timetable',
          anchor: '',
          text: 'A scheduled job is one more entry point.',
        },
      ],
    },
  ],
}
const prepared = prepareIndex(index)
const urls = (query: string) => search(prepared, query).map((hit) => hit.url)

describe('search', () => {
  it('finds pages whatever made them, the title match first', () => {
    expect(urls('stripe')).toEqual(['/scenarios/stripe-webhook/'])
    expect(urls('webhook')[0]).toBe('/scenarios/stripe-webhook/')
  })

  it('lists each page once, with its best sections under it', () => {
    const hits = search(prepared, 'webhook')
    expect(new Set(hits.map((hit) => hit.url)).size).toBe(hits.length)
    const guide = hits.find((hit) => hit.url === '/guide/route-handlers/')!
    expect(guide.kindLabel).toBe('Guide')
    expect(guide.sections.map((section) => section.url)).toEqual([
      '/guide/route-handlers/#webhooks',
      '/guide/route-handlers/#webhooks-again',
    ])
  })

  it('matches the start of words, and plurals of what the site says in the singular', () => {
    expect(urls('webh')).toContain('/scenarios/stripe-webhook/')
    expect(urls('webhooks')).toContain('/scenarios/stripe-webhook/')
    expect(urls('ook')).toEqual([])
  })

  it('needs every word of the query on the page', () => {
    expect(urls('stripe payment')).toEqual(['/scenarios/stripe-webhook/'])
    expect(urls('stripe stream')).toEqual([])
  })

  it('finds the words the site uses for the reader’s words', () => {
    expect(urls('cron')).toEqual(['/decide/app-router/another-system-calls-us/a-scheduler/'])
    expect(urls('streaming')).toEqual(['/guide/route-handlers/'])
    // webhook ↔ signature: the guide's signature section answers "webhook", and the other way round.
    expect(urls('signature').sort()).toEqual(['/guide/route-handlers/', '/scenarios/stripe-webhook/'])
  })

  it('ranks a page found by the reader’s own word above one found by a synonym', () => {
    const byWord = search(prepared, 'scheduler')[0]!
    const bySynonym = search(prepared, 'cron')[0]!
    expect(bySynonym.url).toBe(byWord.url)
    expect(byWord.score).toBeGreaterThan(bySynonym.score)
  })

  it('finds nothing for an empty query or words the site never uses', () => {
    expect(urls('')).toEqual([])
    expect(urls('  ')).toEqual([])
    expect(urls('zzqxv')).toEqual([])
  })

  it('ignores case, accents and punctuation', () => {
    expect(urls('STRIPÉ')).toEqual(['/scenarios/stripe-webhook/'])
    expect(urls('route-handlers')).toContain('/guide/route-handlers/')
  })

  it('limits how many pages and sections it returns', () => {
    expect(search(prepared, 'a', { pages: 1 })).toHaveLength(1)
    expect(
      search(prepared, 'webhook', { sectionsPerPage: 0 }).every((hit) => hit.sections.length === 0),
    ).toBe(true)
  })
})

describe('excerptOf', () => {
  const text = `${'Lorem ipsum dolor sit amet. '.repeat(6)}Then the webhook retries. ${'More words here. '.repeat(10)}`

  it('shows the text around the first mention, cut at words', () => {
    const excerpt = excerptOf(text, ['webhook'], 100)
    expect(excerpt).toContain('webhook retries')
    expect(excerpt.startsWith('…')).toBe(true)
    expect(excerpt.endsWith('…')).toBe(true)
    expect(excerpt.length).toBeLessThanOrEqual(102)
  })

  it('starts at the beginning when nothing is mentioned', () => {
    expect(excerptOf('Short text.', ['webhook'])).toBe('Short text.')
  })
})

describe('highlightWords', () => {
  it('marks the query words, their singulars and their synonyms', () => {
    expect(highlightWords('webhooks cron')).toEqual(
      expect.arrayContaining(['webhooks', 'webhook', 'cron', 'scheduler']),
    )
  })
})

describe('a pasted message', () => {
  const pasted: SearchIndex = {
    kinds: { recipe: 'Recipe', error: 'Error' },
    pages: [
      {
        kind: 'recipe',
        url: '/recipes/hosted-cron/',
        title: 'A GET Route Handler behind a secret',
        sections: [
          {
            heading: '',
            anchor: '',
            text: 'The cookies are not read: the function is called by a scheduler.',
          },
        ],
      },
      {
        kind: 'error',
        url: '/errors/cookies-headers-without-await/',
        title: 'cookies() used without await',
        sections: [{ heading: '', anchor: '', text: 'Next.js 16 prints cookies().get is not a function.' }],
      },
    ],
  }

  it('ranks the page that quotes most of it word for word above pages that only share its words', () => {
    const hits = search(prepareIndex(pasted), '(0 , s.cookies)(...).get is not a function')
    expect(hits.map((hit) => hit.url)).toEqual([
      '/errors/cookies-headers-without-await/',
      '/recipes/hosted-cron/',
    ])
  })
})
