import { describe, expect } from 'vitest'
import { snippetCode } from './harness/accessibility'
import { desktop, phone, siteTest } from './harness/site-test'
import { expectedStatus, exportedPages } from './support/exported-pages'

describe('every exported page', () => {
  siteTest(
    'loads without console errors or failed requests, passes axe-core in light and dark, and fits a phone',
    async ({ site }) => {
      expect(exportedPages.length).toBeGreaterThan(40)
      const page = await site.open({ theme: 'light', preloadAxe: true })
      const overflowing: string[] = []
      for (const path of exportedPages) {
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
    600_000,
  )
})
