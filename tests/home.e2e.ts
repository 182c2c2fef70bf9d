import { describe, expect } from 'vitest'
import { siteTest } from './harness/site-test'

// One theme: the home page is audited in both themes by every-page.e2e.ts, the toggle in theme.e2e.ts.
describe('home page', () => {
  siteTest('answers the question and links to the wizard and the guide', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/')
    expect(await page.locator('h1').textContent()).toContain('Which server boundary')
    expect(await page.title()).toBe('Next Boundaries')

    await page.getByRole('link', { name: 'Start the decision wizard →' }).click()
    await page.getByText('Question 1 of at most 4').waitFor()
    expect(new URL(page.url()).pathname).toBe('/decide/')
    await page.goBack()
    await page.getByRole('link', { name: 'Read the guide' }).first().click()
    await page.locator('h1', { hasText: 'The four boundaries' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/guide/')
    await site.audit(page)
  })
})
