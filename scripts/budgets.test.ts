import { describe, expect, it } from 'vitest'
import { clickCheck, lighthouseChecks, weightChecks } from './budgets'
import type { PageWeight } from './page-weight'

const weight = (path: string, jsKb: number): PageWeight => ({
  path,
  jsGzipBytes: jsKb * 1024,
  jsBeforeIntentGzipBytes: 1,
  cssGzipBytes: 0,
  prefetchedJsGzipBytes: 0,
  files: 1,
})

describe('budgets', () => {
  it('holds articles to +5 KB and wizard and scenario pages to +25 KB over the baseline article', () => {
    const checks = weightChecks(
      [
        weight('/guide/a/', 105),
        weight('/guide/b/', 106),
        weight('/decide/x/', 125),
        weight('/scenarios/s/', 126),
        weight('/', 300),
      ],
      weight('/article/', 100),
    )
    expect(checks.map(({ page, met }) => [page, met])).toEqual([
      ['/guide/a/', true],
      ['/guide/b/', false],
      ['/decide/x/', true],
      ['/scenarios/s/', false],
    ])
  })

  it('checks the four Lighthouse scores and LCP against 60% of the baseline page', () => {
    const checks = lighthouseChecks(
      [
        {
          url: 'http://x/guide/a/',
          performance: 98,
          accessibility: 100,
          bestPractices: 96,
          seo: 100,
          lcpMs: 601,
        },
      ],
      () => 1000,
    )
    expect(checks.map(({ measure, met }) => [measure, met])).toEqual([
      ['Lighthouse mobile performance', true],
      ['Lighthouse mobile accessibility', true],
      ['Lighthouse mobile best practices', false],
      ['Lighthouse mobile SEO', true],
      ['LCP vs baseline page', false],
    ])
  })

  it('holds the answer click to a 100 ms median', () => {
    expect(clickCheck(100).met).toBe(true)
    expect(clickCheck(100.1).met).toBe(false)
  })
})
