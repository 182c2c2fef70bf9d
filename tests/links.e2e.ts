import type { Locator, Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { findAccessibilityViolations, findLinksThatLookLikeText } from './harness/accessibility'
import { siteTest, themes } from './harness/site-test'

// Pages whose links our own components render: a wizard result, a scenario, the scenario list and a
// broken wizard link (the 404 page's link back into the wizard). Every page has the footer.
const resultPage = '/decide/app-router/page-needs-data/'
const pages = [
  { path: resultPage, status: 200 },
  { path: '/scenarios/stripe-webhook/', status: 200 },
  { path: '/scenarios/', status: 200 },
  { path: '/decide/app-router/no-such-answer/', status: 404 },
]

type LinkLook = { text: string; color: string; decoration: string; textColor: string }

/** How each link looks, next to the colour of the text of the block it sits in. */
function looksOf(links: Locator): Promise<LinkLook[]> {
  return links.evaluateAll((anchors) =>
    anchors.map((anchor) => {
      let block = anchor.parentElement
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement
      const style = getComputedStyle(anchor)
      return {
        text: anchor.textContent ?? '',
        color: style.color,
        decoration: style.textDecorationLine,
        textColor: block ? getComputedStyle(block).color : '',
      }
    }),
  )
}

/** The colour of a link written in Markdown (Nextra's MDX link), which every other link matches. */
async function mdxLinkColor(page: Page): Promise<string> {
  return page
    .locator('article a._underline')
    .first()
    .evaluate((anchor) => getComputedStyle(anchor).color)
}

describe('links rendered by our components', () => {
  for (const theme of themes) {
    siteTest(`look like links in the ${theme} theme, as in the articles`, async ({ site }) => {
      const page = await site.open({ theme })
      await site.visit(page, '/guide/boundary-question/')
      const linkColor = await mdxLinkColor(page)

      for (const { path, status } of pages) {
        // The visit audits the page with every WCAG A/AA rule; these two name what this test is about.
        await site.visit(page, path, { expectStatus: status })
        expect(await page.evaluate((name) => document.documentElement.classList.contains(name), theme)).toBe(
          true,
        )
        expect(await findAccessibilityViolations(page, ['link-in-text-block'])).toEqual([])
        expect(await findLinksThatLookLikeText(page)).toEqual([])

        const footer = await looksOf(page.locator('.nb-footer a'))
        expect(footer.map(({ text }) => text)).toEqual([
          'Read the guide',
          'Decide for a feature',
          'Official Next.js docs',
        ])
        for (const look of footer)
          expect(look, path).toMatchObject({ decoration: 'underline', color: linkColor })
      }

      await site.visit(page, resultPage, { audit: false })
      const readNext = page.locator('h2:text-is("Read next") + ul a')
      const looks = await looksOf(readNext)
      expect(looks.length).toBeGreaterThanOrEqual(2)
      for (const look of looks) {
        expect(look, look.text).toMatchObject({ decoration: 'underline', color: linkColor })
        expect(look.color, look.text).not.toBe(look.textColor)
      }
      // A list, so the links scan as separate items.
      expect(
        await page
          .locator('h2:text-is("Read next") + ul li')
          .first()
          .evaluate((item) => getComputedStyle(item).listStyleType),
      ).toBe('disc')
      // Like an MDX link, the underline goes on hover: a cue that is not colour.
      await readNext.first().hover()
      expect((await looksOf(readNext.first()))[0]?.decoration).toBe('none')
    })
  }
})
