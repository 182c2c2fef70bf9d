import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { hydratedAttribute } from '../lib/hydration-signal'
import { siteTest } from './harness/site-test'

const nextChunk = /\/_next\/static\/chunks\//

/** Counts the Next.js chunks the page has asked for so far. */
function countChunkRequests(page: Page): () => number {
  let count = 0
  page.on('request', (request) => {
    if (nextChunk.test(request.url())) count += 1
  })
  return () => count
}

const isHydrated = (attribute: string) => document.documentElement.hasAttribute(attribute)

// Exported pages paint from HTML and load Next.js on the reader's first intent
// (scripts/build/hydrate-on-intent.ts). A press made before React is in charge is replayed: theme.e2e.ts
// presses the theme button at once; before-hydration.e2e.ts types into every field.
describe('hydration on intent', () => {
  siteTest(
    'paints an article from its HTML alone and loads Next.js when the pointer first moves',
    async ({ site }) => {
      const page = await site.open()
      const chunkRequests = countChunkRequests(page)
      let release!: () => void
      const released = new Promise<void>((resolve) => (release = resolve))
      await page.route(nextChunk, async (route) => {
        await released
        await route.continue()
      })
      await page.goto(new URL('/guide/server-actions/', site.baseUrl).href, { waitUntil: 'load' })
      await expect.poll(() => page.locator('h1').textContent()).toContain('Server Actions')
      // The article is on screen while Next.js is still held back.
      await expect
        .poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length))
        .toBe(1)
      expect(await page.evaluate(() => 'next' in window)).toBe(false)

      expect(chunkRequests()).toBe(0)

      release()
      await page.mouse.move(300, 300)
      await page.waitForFunction(isHydrated, hydratedAttribute)
      expect(chunkRequests()).toBeGreaterThan(3)
    },
  )

  siteTest('loads Next.js at once where the address says more than the HTML can', async ({ site }) => {
    const page = await site.open()
    // A named feature is in the query string, which the HTML cannot know. (The 404 page, which names
    // the address asked for, is checked the same way by wizard-not-found.e2e.ts.)
    await page.goto(
      new URL('/decide/app-router/page-needs-data/?feature=project+invites', site.baseUrl).href,
      {
        waitUntil: 'load',
      },
    )
    await page.waitForFunction(isHydrated, hydratedAttribute)
  })
})
