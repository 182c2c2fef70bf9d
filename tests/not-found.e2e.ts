import { describe, expect } from 'vitest'
import { siteTest } from './harness/site-test'

// One theme: the 404 page is audited in both themes by every-page.e2e.ts.
describe('missing page', () => {
  siteTest('is served with status 404 and links home and to the wizard', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/no-such-page/', { expectStatus: 404 })
    expect(await page.locator('h1').textContent()).toBe('Page not found')
    // A landmark for screen readers to jump to, around the heading and its links.
    expect(await page.getByRole('main').locator('h1').textContent()).toBe('Page not found')
    const main = page.locator('main article, article').first()
    expect(await main.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/')
    expect(await main.getByRole('link', { name: 'Start the decision wizard' }).getAttribute('href')).toBe(
      '/decide/',
    )
  })
})
