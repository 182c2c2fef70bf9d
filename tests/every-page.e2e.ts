import { describe, expect } from 'vitest'
import { listPagePaths } from '../scripts/exported-site'
import { exportDir } from './harness/global-setup'
import { phone, siteTest } from './harness/site-test'

// The 404 page is opened the way readers meet it: at an address that does not exist.
const pages = listPagePaths(exportDir).map((path) => (path === '/404.html' ? '/no-such-page/' : path))
const statusOf = (path: string) => (path === '/no-such-page/' ? 404 : 200)

describe('every exported page', () => {
  siteTest(
    'loads without console errors or failed requests and passes axe-core in light and dark',
    async ({ site }) => {
      expect(pages.length).toBeGreaterThan(40)
      const page = await site.open({ theme: 'light' })
      for (const path of pages) {
        await page.emulateMedia({ colorScheme: 'light' })
        await site.visit(page, path, { expectStatus: statusOf(path), audit: false })
        await site.auditBothThemes(page)
      }
    },
    600_000,
  )

  siteTest(
    'fits a phone screen without sideways scrolling',
    async ({ site }) => {
      const page = await site.open({ viewport: phone })
      const overflowing: string[] = []
      for (const path of pages) {
        await site.visit(page, path, { expectStatus: statusOf(path), audit: false })
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
