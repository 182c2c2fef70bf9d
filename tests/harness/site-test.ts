import type { Browser } from 'playwright-core'
import { inject, test as base } from 'vitest'
import { launchChromium } from '../../scripts/chromium'
import { SiteSession } from './site-session'

export { desktop, phone, themes, type Theme } from './site-session'

/**
 * `siteTest` gives each test a `site` session on the exported site. After the test body, the session
 * fails the test on any console error, page error, failed request or axe-core violation.
 */
export const siteTest = base.extend<{ $test: { site: SiteSession }; $worker: { browser: Browser } }>({
  browser: [
    async ({}, provide) => {
      const browser = await launchChromium()
      await provide(browser)
      await browser.close()
    },
    // One Chromium per worker, shared by the files it runs (tests/vitest.config.ts keeps workers alive
    // between files): a launch costs about three seconds of CPU. Each test still gets fresh contexts.
    { scope: 'worker' },
  ],
  site: async ({ browser }, provide) => {
    const site = new SiteSession(browser, inject('siteUrl'))
    await provide(site)
    try {
      await site.assertClean()
    } finally {
      await site.close()
    }
  },
})
