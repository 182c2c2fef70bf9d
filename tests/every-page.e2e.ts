import { describe, expect, it } from 'vitest'
import { snippetCode } from './harness/accessibility'
import { desktop, phone, siteTest } from './harness/site-test'
import { expectedStatus, exportedPages } from './support/exported-pages'

// In four parts, each with its own time limit: the whole crawl takes 6 to 8 minutes on a busy
// 2-core machine, too close to a single test's limit.
const parts = [0, 1, 2, 3]
const partOf = (part: number) => exportedPages.filter((_, position) => position % parts.length === part)

describe('every exported page', () => {
  it('has pages to crawl', () => {
    expect(exportedPages.length).toBeGreaterThan(40)
  })

  siteTest.for(parts)(
    'part %i: loads without console errors or failed requests, passes axe-core in light and dark, and fits a phone',
    { timeout: 600_000 },
    async (part, { site }) => {
      const page = await site.open({ theme: 'light', preloadAxe: true })
      const overflowing: string[] = []
      for (const path of partOf(part)) {
        await page.emulateMedia({ colorScheme: 'light' })
        await page.setViewportSize(desktop)
        await site.visit(page, path, { expectStatus: expectedStatus(path), audit: false })
        // Example code is audited on the pattern pages and the guide (tests/patterns.e2e.ts): its token
        // colours are one theme everywhere, and thousands of spans on every page would take minutes.
        await site.auditBothThemes(page, [snippetCode])
        await page.setViewportSize(phone)
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }))
        if (scrollWidth > clientWidth) overflowing.push(`${path} (${scrollWidth}px > ${clientWidth}px)`)
      }
      expect(overflowing, 'pages that scroll sideways on a phone').toEqual([])
    },
  )
})
