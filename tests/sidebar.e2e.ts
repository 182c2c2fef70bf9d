import { describe, expect } from 'vitest'
import { crawlSidebar } from './harness/sidebar-crawl'
import { phone, siteTest, themes } from './harness/site-test'

describe.each(themes)('every page in the sidebar (%s theme)', (theme) => {
  siteTest('answers 200, has a heading and passes the audits', async ({ site }) => {
    const page = await site.open({ theme })
    const headings = new Map<string, string>()
    const paths = await crawlSidebar(page, '/', async (path) => {
      await site.visit(page, path, { expectStatus: 200 })
      headings.set(path, (await page.locator('h1').first().textContent()) ?? '')
    })
    expect(paths).toEqual(expect.arrayContaining(['/', '/guide/', '/decide/', '/scenarios/', '/patterns/']))
    for (const [path, heading] of headings) expect(heading, `h1 of ${path}`).not.toBe('')
  })

  siteTest('fits a phone screen without sideways scrolling', async ({ site }) => {
    const page = await site.open({ theme, viewport: phone })
    const overflowing: string[] = []
    await crawlSidebar(page, '/', async (path) => {
      await site.visit(page, path)
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }))
      if (scrollWidth > clientWidth) overflowing.push(`${path} (${scrollWidth}px > ${clientWidth}px)`)
    })
    expect(overflowing).toEqual([])
  })
})
