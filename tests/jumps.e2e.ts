import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { desktop, phone, siteTest } from './harness/site-test'

const article = '/guide/server-actions/'
const shared = 'why-an-action-and-not-an-endpoint'
const fromOutline = 'the-pitfall-every-action-is-a-reachable-endpoint'

/** How far below the sticky header a heading's top is, in pixels (negative: hidden under it). */
const belowHeader = (page: Page, id: string) =>
  page.evaluate((headingId) => {
    const header = document.querySelector('.nextra-nav-container')!.getBoundingClientRect()
    return document.getElementById(headingId)!.getBoundingClientRect().top - header.bottom
  }, id)

// The theme kept jump targets clear of its sticky header with scroll padding on the root while
// nothing had focus; that rule restyled the whole page on every focus change and is dropped at build
// (scripts/build/drop-focus-scroll-padding-loader.cjs). Headings and targets carry the offset instead.
describe('a jump to a heading', () => {
  for (const viewport of [desktop, phone])
    siteTest(`from a shared link lands just below the header, at ${viewport.width}px`, async ({ site }) => {
      const page = await site.open({ viewport })
      await site.visit(page, `${article}#${shared}`, { audit: false })
      await expect.poll(() => belowHeader(page, shared)).toBeGreaterThanOrEqual(-1)
      expect(await belowHeader(page, shared)).toBeLessThan(40)
    })

  siteTest(
    'from "On this page" lands just below the header, and Tab in the header scrolls nothing',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, article, { audit: false })
      await page.locator(`nav.nextra-toc a[href="#${fromOutline}"]`).click()
      await expect.poll(() => belowHeader(page, fromOutline)).toBeGreaterThanOrEqual(-1)
      await expect.poll(() => belowHeader(page, fromOutline)).toBeLessThan(40)
      // Focus moving into the sticky header (which is in view) leaves the page where it is.
      const scrolled = await page.evaluate(() => window.scrollY)
      await page
        .locator(
          '.nextra-nav-container button[title="Change theme"], .nextra-nav-container input[type="search"]',
        )
        .first()
        .focus()
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)
    },
  )

  siteTest('needs no stylesheet rule that tests focus on the whole page', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, article, { audit: false })
    const focusOnRoot = await page.evaluate(() => {
      const found: string[] = []
      const walk = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSStyleRule && /^(html|:root)\b.*:has\([^)]*:focus/.test(rule.selectorText))
            found.push(rule.selectorText)
          else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules)
        }
      }
      for (const sheet of document.styleSheets) walk(sheet.cssRules)
      return found
    })
    expect(focusOnRoot).toEqual([])
  })
})
