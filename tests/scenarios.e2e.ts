import { describe, expect } from 'vitest'
import { siteTest } from './harness/site-test'
import { scenarioExpectations } from './support/scenario-expectations'

describe('scenario pages', () => {
  siteTest('each of the 18 scenario pages shows its expected boundaries', async ({ site }) => {
    const page = await site.open({ javaScriptEnabled: false })
    for (const [slug, { include, exclude }] of Object.entries(scenarioExpectations)) {
      const response = await page.goto(`${site.baseUrl}/scenarios/${slug}/`)
      expect(response?.status(), slug).toBe(200)
      const boundaries = (
        (await page.getByTestId('decision-result').getAttribute('data-boundaries')) ?? ''
      ).split(' ')
      for (const id of include) expect(boundaries, slug).toContain(id)
      for (const id of exclude) expect(boundaries, slug).not.toContain(id)
      const wizardLink = await page
        .getByRole('link', { name: 'Open this in the wizard' })
        .getAttribute('href')
      expect(wizardLink, slug).toMatch(/^\/decide\/[a-z0-9/-]+\/$/)
      expect(await page.locator('link[rel="canonical"]').getAttribute('href'), slug).toMatch(
        new RegExp(`/scenarios/${slug}/$`),
      )
      const ogImage = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '')
      expect(ogImage.pathname).toBe(`/og/scenarios/${slug}.png`)
      const image = await page.request.get(site.baseUrl + ogImage.pathname)
      expect(image.headers()['content-type'], slug).toBe('image/png')
    }
  })

  siteTest('the list filters as the reader types and says how many match', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/scenarios/')
    const items = page.locator('main li a[href^="/scenarios/"]')
    expect(await items.count()).toBe(18)
    await page.getByLabel('Filter scenarios').fill('webhook')
    await page.getByRole('status').filter({ hasText: '2 of 18 scenarios' }).waitFor()
    expect(await items.count()).toBe(2)
    await page.getByLabel('Filter scenarios').fill('<img src=x onerror=window.__pwned=1>')
    await page.getByText('No scenario matches').waitFor()
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    await site.audit(page)
  })
})
