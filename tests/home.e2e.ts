import type { Locator, Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { hydratedAttribute } from '../lib/hydration-signal'
import { phone, siteTest } from './harness/site-test'

const looks = (link: Locator) =>
  link.evaluate((element) => {
    const style = getComputedStyle(element)
    return { background: style.backgroundColor, color: style.color, border: style.borderTopColor }
  })

/** What a first-time reader meets: one sentence, four boundary cards, a primary and a secondary button. */
async function expectFirstVisit(page: Page) {
  const lead = (await page.locator('article p').first().textContent())!.trim()
  expect(lead).toContain('Next.js')
  // One sentence: a single full stop, at the end ("Next.js" has no space after its dot).
  expect(lead.match(/[.!?](\s|$)/g)).toEqual(['.'])
  expect(lead.endsWith('.')).toBe(true)

  const cards = page.locator('[data-boundary-card]')
  expect(await cards.count()).toBe(4)
  for (const card of await cards.all()) expect(await card.textContent()).toContain('Reach for it when')
  expect(await cards.locator('h3').allTextContents()).toEqual([
    'Server Component',
    'Server Action',
    'Route Handler',
    'Service function',
  ])

  const primary = page.locator('[data-action="primary"]')
  const secondary = page.locator('[data-action="secondary"]')
  expect(await primary.count()).toBe(1)
  expect(await secondary.count()).toBe(1)
  expect(new URL((await primary.getAttribute('href'))!, page.url()).pathname).toBe('/decide/')
  expect(new URL((await secondary.getAttribute('href'))!, page.url()).pathname).toBe('/guide/')
  // Filled against outlined: the two buttons must not look alike.
  const [primaryLooks, secondaryLooks] = [await looks(primary), await looks(secondary)]
  expect(primaryLooks.background).not.toBe(secondaryLooks.background)
  expect(secondaryLooks.background).toBe('rgba(0, 0, 0, 0)')
}

// One theme: the home page is audited in both themes by every-page.e2e.ts, the toggle in theme.e2e.ts.
describe('home page', () => {
  siteTest('answers the question and links to the wizard and the guide', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/')
    expect(await page.locator('h1').textContent()).toContain('Which server boundary')
    expect(await page.title()).toBe('Next Boundaries')
    await expectFirstVisit(page)

    await page.getByRole('link', { name: 'Start the decision wizard →' }).click()
    await page.getByText('Question 1 of at most 4').waitFor()
    expect(new URL(page.url()).pathname).toBe('/decide/')
    await page.goBack()
    await page.getByRole('link', { name: 'Read the guide' }).first().click()
    await page.locator('h1', { hasText: 'The four boundaries' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/guide/')
    await site.audit(page)
  })

  siteTest(
    'shows the sentence, the cards and both buttons from the HTML, before hydration, on a phone',
    async ({ site }) => {
      const page = await site.open({ viewport: phone })
      await page.goto(new URL('/', site.baseUrl).href, { waitUntil: 'load' })
      expect(
        await page.evaluate((name) => document.documentElement.hasAttribute(name), hydratedAttribute),
      ).toBe(false)
      await expectFirstVisit(page)
      // At 390 px the cards stack and nothing sticks out sideways.
      const cardBoxes = await page
        .locator('[data-boundary-card]')
        .evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().toJSON() as DOMRect))
      expect(new Set(cardBoxes.map((box) => Math.round(box.left))).size).toBe(1)
      for (const box of cardBoxes) expect(box.right).toBeLessThanOrEqual(390)
    },
  )
})
