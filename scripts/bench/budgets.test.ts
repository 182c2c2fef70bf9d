import { describe, expect, it } from 'vitest'
import { clickCheck, firstPressChecks, lighthouseChecks, runPanelCheck, weightChecks } from './budgets'
import type { FirstPress } from './first-press'
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
  it('holds articles to +5 KB over the same article on plain Nextra, and wizard and scenario pages to +25 KB over the baseline article', () => {
    const checks = weightChecks(
      [
        weight('/guide/a/', 105),
        weight('/guide/b/', 111),
        weight('/decide/x/', 125),
        weight('/scenarios/s/', 126),
        weight('/recipes/r/', 124),
        weight('/', 300),
      ],
      weight('/article/', 100),
      [weight('/guide/a/', 100), weight('/guide/b/', 105)],
    )
    expect(checks.map(({ page, value, met }) => [page, value, met])).toEqual([
      ['/guide/a/', '+5.0 KB', true],
      ['/guide/b/', '+6.0 KB', false],
      ['/decide/x/', '+25.0 KB', true],
      ['/scenarios/s/', '+26.0 KB', false],
      ['/recipes/r/', '+24.0 KB', true],
    ])
    expect(checks[0]!.measure).toMatch(/same article on plain Nextra/)
    expect(checks[2]!.measure).toMatch(/baseline article/)
  })

  it('fails when an article has no plain counterpart to compare with', () => {
    expect(() => weightChecks([weight('/guide/new/', 101)], weight('/article/', 100), [])).toThrow(
      'The plain-Nextra baseline has no /guide/new/ to compare with',
    )
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

  it('holds both first presses to 1.2× the baseline page and wants every keystroke kept', () => {
    const press = (path: string, themeMs: number, phoneMs: number, kept = 'webhook'): FirstPress => ({
      path,
      pressMs: [themeMs],
      medianPressMs: themeMs,
      phonePressMs: [phoneMs],
      medianPhonePressMs: phoneMs,
      typed: 'webhook',
      kept,
    })
    const checks = firstPressChecks([press('/', 240, 360), press('/decide/', 241, 363, 'bhook')], () =>
      press('/article/', 200, 300),
    )
    expect(checks.map(({ page, value, met }) => [page, value, met])).toEqual([
      ['/', '240 ms (120% of 200 ms)', true],
      ['/', '360 ms (120% of 300 ms)', true],
      ['/', '"webhook" of "webhook"', true],
      ['/decide/', '241 ms (121% of 200 ms)', false],
      ['/decide/', '363 ms (121% of 300 ms)', false],
      ['/decide/', '"bhook" of "webhook"', false],
    ])
  })

  it('holds opening the Run panel on a hydrated page to a 250 ms median', () => {
    expect(runPanelCheck(250).met).toBe(true)
    expect(runPanelCheck(250.1).met).toBe(false)
  })
})
