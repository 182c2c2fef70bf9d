import { describe, expect } from 'vitest'
import { listPagePaths } from '../scripts/exported-site'
import { exportDir } from './harness/global-setup'
import { phone, siteTest, themes } from './harness/site-test'

// The 404 page is opened the way readers meet it: at an address that does not exist.
const pages = listPagePaths(exportDir).map((path) => (path === '/404.html' ? '/no-such-page/' : path))
const statusOf = (path: string) => (path === '/no-such-page/' ? 404 : 200)

describe.each(themes)('every exported page (%s theme)', (theme) => {
  siteTest(
    'loads without console errors or failed requests and passes axe-core',
    async ({ site }) => {
      expect(pages.length).toBeGreaterThan(40)
      const page = await site.open({ theme })
      for (const path of pages) await site.visit(page, path, { expectStatus: statusOf(path) })
    },
    300_000,
  )
})

describe('every exported page on a phone', () => {
  siteTest(
    'fits the screen without sideways scrolling',
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
