import { describe, expect } from 'vitest'
import { phone, siteTest } from './harness/site-test'
import { expectedStatus, exportedPages } from './support/exported-pages'

// Its own file, so it runs beside the light/dark audit crawl in the other worker.
describe('every exported page on a phone', () => {
  siteTest(
    'fits a phone screen without sideways scrolling',
    async ({ site }) => {
      const page = await site.open({ viewport: phone })
      const overflowing: string[] = []
      for (const path of exportedPages) {
        await site.visit(page, path, { expectStatus: expectedStatus(path), audit: false })
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }))
        if (scrollWidth > clientWidth) overflowing.push(`${path} (${scrollWidth}px > ${clientWidth}px)`)
      }
      expect(overflowing).toEqual([])
    },
    300_000,
  )
})
