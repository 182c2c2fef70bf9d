import { describe, expect, it } from 'vitest'
import { decisionGraph } from '../graph/decision-graph'
import { scenarios } from '../../content/scenarios'
import { decisionRecord, escapeMarkdown } from './decision-record'
import { featureName } from './feature-name.test-helper'

const answersOf = (slug: string) => scenarios.find((scenario) => scenario.slug === slug)!.answers

describe('decisionRecord', () => {
  it('records the settings form: feature, date, questions with reasons, boundary, alternatives, link', () => {
    const record = decisionRecord({
      graph: decisionGraph,
      answers: answersOf('settings-form'),
      feature: featureName('profile settings'),
      date: '2026-11-29',
      deployment: 'node-server',
      shareUrl:
        'https://example.org/decide/app-router/our-interface-changes-data/only-this-interface/?feature=profile+settings',
    })
    const lines = record.split('\n')
    expect(lines[0]).toBe('# Decision: profile settings: Use a Server Action')
    expect(lines).toContain('- Date: 2026-11-29')
    expect(lines).toContain(
      '- Decided with Next Boundaries: <https://example.org/decide/app-router/our-interface-changes-data/only-this-interface/?feature=profile+settings>',
    )
    expect(lines).toContain('1. **Where do this project’s routes live?**')
    expect(record).toContain(
      'Someone uses our own interface to change something. A change that starts in our own interface',
    )
    expect(record).toMatch(/^- \*\*Server Action\*\*: /m)
    expect(record).toMatch(
      /^- Yes, a mobile app, a webhook, a job or a partner needs it too: would lead to Put the rule in a service, called by a Server Action and a Route Handler\. Not chosen: no, only our interface does this\.$/m,
    )
    expect(record).toMatch(
      /^- The pages\/ folder \(Pages Router\): would lead to .*Use an API Route in pages\/api/m,
    )
    expect(record).not.toContain('Static export')
  })

  it('records the Stripe webhook deployed as a static export, with what to do instead', () => {
    const record = decisionRecord({
      graph: decisionGraph,
      answers: answersOf('stripe-webhook'),
      feature: null,
      date: '2026-11-30',
      deployment: 'static-export',
      shareUrl: 'https://example.org/scenarios/stripe-webhook/',
    })
    expect(record.split('\n')[0]).toBe(
      '# Decision: one operation of a feature: Use a Route Handler that verifies the webhook',
    )
    expect(record).toContain('- Deployed on: A static export')
    expect(record).toMatch(/^- \*\*Route Handler\*\*: /m)
    expect(record).toMatch(
      /^- Static export: Route Handler: .*need a server.*nextjs\.org\/docs\/app\/guides\/static-exports/m,
    )
    expect(record).toContain('- [ ] Read the raw body with request.text() before parsing')
    expect(record).toMatch(/^4\. \*\*/m)
  })

  it('keeps a feature name with markup as text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> [x](javascript:1)')).toBe(
      '\\<img src=x onerror=alert\\(1\\)\\> \\[x\\]\\(javascript:1\\)',
    )
  })

  it('refuses a path that is not a decision', () => {
    expect(() =>
      decisionRecord({
        graph: decisionGraph,
        answers: ['app-router'],
        feature: null,
        date: '2026-11-29',
        deployment: 'serverless',
        shareUrl: 'https://example.org/',
      }),
    ).toThrow('No decision at /decide/app-router/')
  })
})
