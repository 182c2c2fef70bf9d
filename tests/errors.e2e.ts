import { describe, expect } from 'vitest'
import { errorLibrary } from '../lib/errors/error-library'
import { errorHref } from '../lib/errors/error-href'
import { errorPlaces } from '../lib/errors/error-schema'
import { fillMessage } from '../lib/messages/message-template'
import { resultPages, searchBoxSelector } from './harness/search-box'
import { siteTest } from './harness/site-test'

const sectionHeadings = ['The message', 'When it happens', 'Why', 'The fix', 'Build it right']
const bodyLimit = errorLibrary.find((entry) => entry.slug === 'body-exceeded-limit')!

describe('fix an error', () => {
  siteTest(
    'lists every error on /errors/ by where it shows, and the filter finds one by its message',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/errors/', { audit: false })
      await site.auditBothThemes(page)
      const links = page.locator('main section a[href^="/errors/"]')
      expect(await links.evaluateAll((found) => found.map((link) => link.getAttribute('href')))).toEqual(
        expect.arrayContaining(errorLibrary.map((entry) => errorHref(entry.slug))),
      )
      expect(await links.count()).toBe(errorLibrary.length)
      const groups = await page.locator('main section h2').allTextContents()
      const used = errorPlaces.filter((place) => errorLibrary.some((entry) => entry.place === place.id))
      expect(groups).toEqual(used.map((place) => place.title))

      const filter = page.getByLabel('Filter errors')
      // A message as the reader copies it, values and all: the words of the page's title are enough.
      await filter.fill('Body exceeded limit')
      await expect.poll(() => links.count()).toBe(1)
      expect(await links.first().getAttribute('href')).toBe(errorHref(bodyLimit.slug))
      expect(await page.getByRole('status').filter({ hasText: 'of' }).textContent()).toBe(
        `1 of ${errorLibrary.length} errors`,
      )
      await filter.fill('CORS')
      await expect
        .poll(() => page.locator('main section a[href="/errors/cors-preflight-blocked/"]').count())
        .toBe(1)
      await filter.fill('no such error at all')
      await expect.poll(() => links.count()).toBe(0)
      await page.getByText('No error matches').waitFor()
    },
  )

  siteTest(
    'gives each error page its sections, its exact messages, a description and a preview card',
    async ({ site }) => {
      const page = await site.open({ javaScriptEnabled: false })
      for (const entry of errorLibrary) {
        const response = await page.goto(site.baseUrl + errorHref(entry.slug))
        expect(response?.status(), entry.slug).toBe(200)
        expect(await page.locator('main h1').textContent()).toBe(entry.title)
        const headings = await page.locator('main h2').allTextContents()
        for (const heading of sectionHeadings) expect(headings, entry.slug).toContain(heading)
        // "On this page" lists the same sections.
        const outline = await page.locator('nav.nextra-toc a').allTextContents()
        expect(outline, entry.slug).toEqual(expect.arrayContaining(sectionHeadings))
        expect(await page.locator('[data-message-source] pre').allTextContents(), entry.slug).toEqual(
          entry.messages.map((message) => message.text),
        )
        for (const slug of entry.recipes)
          expect(await page.locator(`main a[href="/recipes/${slug}/"]`).count(), slug).toBeGreaterThan(0)
        expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(entry.description)
        const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
        expect(new URL(canonical!).pathname).toBe(errorHref(entry.slug))
        const card = await page.locator('meta[property="og:image"]').getAttribute('content')
        const cardResponse = await page.request.get(site.baseUrl + new URL(card!).pathname)
        expect(cardResponse.status(), card!).toBe(200)
      }
    },
  )

  siteTest(
    'copies the exact message, shows wrong and right code, and links look like links',
    async ({ site }) => {
      const page = await site.open()
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.baseUrl })
      await site.visit(page, errorHref(bodyLimit.slug), { audit: false })
      await page.getByRole('button', { name: 'Copy the message' }).first().click()
      await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bodyLimit.messages[0]!.text)
      expect(await page.locator('[data-code-kind="right"] pre').textContent()).toContain('bodySizeLimit')
      const recipeLink = page.locator('main a[href="/recipes/small-file-upload/"]').first()
      expect(await recipeLink.evaluate((link) => getComputedStyle(link).textDecorationLine)).toBe('underline')
      // Both themes, with the message copied and its status shown.
      await site.auditBothThemes(page)
      await recipeLink.click()
      await page.waitForURL('**/recipes/small-file-upload/')
    },
  )

  siteTest(
    'search finds an error page by a pasted message, with the reader’s own values in it',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/', { audit: false })
      const pasted = fillMessage(
        errorLibrary.find((entry) => entry.slug === 'cors-preflight-blocked')!.messages[0]!.text,
        { url: 'https://api.example.com/api/orders', origin: 'https://shop.example.com' },
      )
      const searchBox = page.locator(searchBoxSelector)
      const indexLoaded = page.waitForResponse((response) =>
        response.url().includes('/generated/search-index.json'),
      )
      await searchBox.click()
      await indexLoaded
      await searchBox.fill(pasted)
      await resultPages(page).first().waitFor()
      expect(await resultPages(page).first().getAttribute('data-search-page')).toBe(
        errorHref('cors-preflight-blocked'),
      )
    },
  )
})
