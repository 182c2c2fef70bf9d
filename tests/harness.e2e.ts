import type { Browser } from 'playwright-core'
import { describe, expect, inject } from 'vitest'
import { findBrokenLinks } from '../scripts/test/check-links'
import { brokenFixtureDir } from './harness/global-setup'
import { SiteSession } from './harness/site-session'
import { siteTest } from './harness/site-test'

// The harness must catch each kind of fault; these pages in tests/fixtures/broken-site each hold one.
describe('the end-to-end harness', () => {
  /** Visits one fixture page; returns what the harness found and the error assertClean() raised. */
  async function problemsOn(browser: Browser, path: string) {
    const session = new SiteSession(browser, inject('brokenSiteUrl'))
    try {
      const page = await session.open()
      await session.visit(page, path)
      const failure = await session.assertClean().then(
        () => null,
        (error: Error) => error.message,
      )
      return { problems: session.problems(), failure }
    } finally {
      await session.close()
    }
  }

  siteTest('passes a clean page', async ({ browser }) => {
    const { problems, failure } = await problemsOn(browser, '/clean.html')
    expect(problems).toEqual([])
    expect(failure).toBeNull()
  })

  siteTest('fails a page that logs a console error', async ({ browser }) => {
    const { problems, failure } = await problemsOn(browser, '/console-error.html')
    expect(problems).toEqual([expect.stringContaining('console error: deliberate console error')])
    expect(failure).toMatch(/1 problem/)
  })

  siteTest('fails a page with an accessibility violation', async ({ browser }) => {
    const { problems, failure } = await problemsOn(browser, '/axe-violation.html')
    expect(problems).toEqual([expect.stringMatching(/^axe image-alt on .*axe-violation/)])
    expect(failure).toMatch(/image-alt/)
  })

  siteTest('fails a page that requests a missing file', async ({ browser }) => {
    const { problems, failure } = await problemsOn(browser, '/missing-resource.html')
    expect(problems).toContain(`HTTP 404: GET ${inject('brokenSiteUrl')}/no-such-image.png`)
    expect(failure).toMatch(/HTTP 404/)
  })

  siteTest('fails a visit that answers an unexpected status', async ({ browser }) => {
    await expect(problemsOn(browser, '/no-such-page.html')).rejects.toThrow(/answered 404, expected 200/)
  })

  siteTest('finds the broken page link and the broken anchor', () => {
    const broken = findBrokenLinks(brokenFixtureDir).filter(({ page }) => page === '/broken-link.html')
    expect(broken).toEqual([
      { page: '/broken-link.html', href: '/nowhere/', problem: 'no such page or file' },
      {
        page: '/broken-link.html',
        href: '/clean.html#no-such-anchor',
        problem: 'no element with id "no-such-anchor"',
      },
    ])
  })
})
