import { describe, expect } from 'vitest'
import { crawlSidebar } from './harness/sidebar-crawl'
import { siteTest } from './harness/site-test'

describe('the sidebar', () => {
  siteTest('links only to pages that answer 200 and have a heading', async ({ site }) => {
    // Without JavaScript: the sidebar is prerendered, and the walk needs no script to run.
    const page = await site.open({ javaScriptEnabled: false })
    const headings = new Map<string, string>()
    const paths = await crawlSidebar(page, '/', async (path) => {
      // Every page is loaded, hydrated and audited in every-page.e2e.ts; this walk checks the navigation.
      const response = await page.goto(new URL(path, site.baseUrl).href, { waitUntil: 'domcontentloaded' })
      expect(response?.status(), path).toBe(200)
      headings.set(path, (await page.locator('h1').first().textContent()) ?? '')
    })
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/guide/', '/decide/', '/decision-map/', '/scenarios/', '/patterns/']),
    )
    for (const [path, heading] of headings) expect(heading, `h1 of ${path}`).not.toBe('')
  })

  siteTest('names each section’s overview page apart from the section itself', async ({ site }) => {
    const page = await site.open({ javaScriptEnabled: false })
    await page.goto(new URL('/', site.baseUrl).href, { waitUntil: 'domcontentloaded' })
    const sections = await page.locator('aside li:has(> button[data-href])').evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector(':scope > button')?.textContent?.trim() ?? '',
        links: [...item.querySelectorAll('a')].map((link) => link.textContent?.trim() ?? ''),
      })),
    )
    expect(sections.map(({ name }) => name)).toEqual([
      'Guide',
      'Recipes',
      'Fix an error',
      'Scenarios',
      'Patterns',
    ])
    for (const { name, links } of sections) {
      expect(links.length, name).toBeGreaterThan(0)
      expect(links, name).not.toContain(name)
    }
  })
})
