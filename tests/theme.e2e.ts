import { describe, expect } from 'vitest'
import { hydratedAttribute } from '../lib/hydration-signal'
import { siteTest } from './harness/site-test'
import { chooseTheme } from './harness/theme-menu'

const htmlIsDark = () => document.documentElement.classList.contains('dark')

describe('theme toggle', () => {
  siteTest('remembers the chosen theme across a reload and a new page', async ({ site }) => {
    const page = await site.open({ theme: 'light', storeTheme: false })
    // Pressed at once, before React has taken over (the page loads Next.js on the reader's first
    // intent): the press is held until the page has hydrated, then replayed.
    await page.goto(new URL('/guide/', site.baseUrl).href, { waitUntil: 'load' })
    expect(await page.evaluate(htmlIsDark)).toBe(false)
    expect(
      await page.evaluate((name) => document.documentElement.hasAttribute(name), hydratedAttribute),
    ).toBe(false)

    await chooseTheme(page, 'Dark')
    expect(await page.evaluate(htmlIsDark)).toBe(true)

    await page.reload({ waitUntil: 'networkidle' })
    expect(await page.evaluate(htmlIsDark)).toBe(true)
    await site.visit(page, '/scenarios/')
    expect(await page.evaluate(htmlIsDark)).toBe(true)
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark')
  })

  siteTest('follows the system setting until the reader chooses', async ({ site }) => {
    const page = await site.open({ theme: 'dark', storeTheme: false })
    await site.visit(page, '/')
    expect(await page.evaluate(htmlIsDark)).toBe(true)
  })
})
