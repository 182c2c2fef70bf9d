import { describe, expect } from 'vitest'
import { recipeLibrary } from '../lib/graph/decision-graph'
import { recipeHref } from '../lib/recipes/recipe-href'
import { siteTest } from './harness/site-test'
import { crawlWizard } from './harness/wizard-crawl'

const sectionHeadings = ['When this fits', 'The code', 'Checklist', 'Traps', 'Read next']
const outsideTheApp = recipeLibrary.filter((recipe) => recipe.group === 'outside-the-app')

describe('recipes', () => {
  siteTest(
    'lists every recipe on /recipes/, grouped, with a filter that finds them by their words',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/recipes/')
      const links = page.locator('main section a[href*="/recipes/"]')
      expect(await links.evaluateAll((found) => found.map((link) => link.getAttribute('href')))).toEqual(
        expect.arrayContaining(recipeLibrary.map((recipe) => recipeHref(recipe.slug))),
      )
      expect(await links.count()).toBe(recipeLibrary.length)
      const filter = page.getByLabel('Filter recipes')
      for (const recipe of recipeLibrary.slice(0, 6)) {
        await filter.fill(recipe.searchWords[0]!)
        await expect
          .poll(() => page.locator(`main section a[href="${recipeHref(recipe.slug)}"]`).count())
          .toBe(1)
      }
    },
  )

  siteTest('gives each recipe its five sections, a result element, real code and traps', async ({ site }) => {
    const page = await site.open({ javaScriptEnabled: false })
    for (const recipe of recipeLibrary) {
      const response = await page.goto(site.baseUrl + recipeHref(recipe.slug))
      expect(response?.status(), recipe.slug).toBe(200)
      const headings = await page.locator('main h2').allTextContents()
      for (const heading of sectionHeadings) expect(headings, recipe.slug).toContain(heading)
      const result = page.getByTestId('decision-result')
      expect(await result.getAttribute('data-recipe')).toBe(recipe.slug)
      expect((await result.getAttribute('data-boundaries'))?.split(' ').sort()).toEqual(
        [...recipe.boundaries].sort(),
      )
      const shown = await page
        .locator('[data-snippet]')
        .evaluateAll((found) => found.map((figure) => figure.getAttribute('data-snippet')))
      expect(shown, recipe.slug).toEqual(recipe.code.map((code) => code.file))
      const traps = page.locator('main section[aria-labelledby^="trap-"]')
      expect(await traps.count(), recipe.slug).toBe(recipe.traps.length)
      for (const trap of await traps.all()) {
        expect(await trap.locator('h3').textContent()).not.toBe('')
        expect(await trap.textContent()).toMatch(/Cause\..+Fix\./s)
      }
      const description = await page.locator('meta[name="description"]').getAttribute('content')
      expect(description).toBe(recipe.description)
      const card = await page.locator('meta[property="og:image"]').getAttribute('content')
      expect(card).toMatch(new RegExp(`/og/recipes/${recipe.slug}\\.png$`))
      const cardResponse = await page.request.get(site.baseUrl + new URL(card!).pathname)
      expect(cardResponse.status(), card!).toBe(200)
    }
  })

  siteTest(
    'reaches every recipe from /decide/ with JavaScript off, each with its own wizard address',
    async ({ site }) => {
      const page = await site.open({ javaScriptEnabled: false })
      const results = await crawlWizard(page, site.baseUrl, '/decide/')
      const reached = new Map(results.flatMap((result) => (result.recipe ? [[result.recipe, result]] : [])))
      expect([...reached.keys()].sort()).toEqual(recipeLibrary.map((recipe) => recipe.slug).sort())
      for (const recipe of outsideTheApp)
        expect(reached.get(recipe.slug)!.boundaries.split(' ')).toContain('external')
      // A recipe's wizard address ends with its slug, and its page links the recipe's own page.
      for (const [slug, result] of reached) {
        expect(result.path.endsWith(`/${slug}/`), result.path).toBe(true)
        await page.goto(site.baseUrl + result.path)
        expect(await page.locator(`main a[href="${recipeHref(slug)}"]`).count(), result.path).toBeGreaterThan(
          0,
        )
      }
    },
    // Every wizard address and every recipe's page: the time grows with the recipes (about a minute
    // for 35 of them on two cores).
    180_000,
  )

  siteTest(
    'asks how the provider signs above the webhook recipes, in the list and in On this page, and keeps the usual question elsewhere',
    async ({ site }) => {
      const page = await site.open({ javaScriptEnabled: false })
      const webhook = '/decide/app-router/another-system-calls-us/a-service-notifies-us/only-the-webhook/'
      const pagesWebhook = '/decide/pages-router/another-system-calls-us/a-service-notifies-us/'
      for (const path of [webhook, pagesWebhook]) {
        await page.goto(site.baseUrl + path)
        expect(await page.locator('#recipe-chooser-heading').textContent(), path).toBe(
          'How does your provider sign its calls?',
        )
        const onThisPage = page.getByRole('navigation', { name: 'On this page' })
        expect(await onThisPage.getByRole('link').first().textContent()).toBe(
          'How does your provider sign its calls?',
        )
      }
      const chooser = page.locator('#recipe-chooser-heading + p + ul')
      await page.goto(site.baseUrl + webhook)
      const summaries = await chooser.locator('li span').allTextContents()
      for (const scheme of ['Stripe-Signature', 'X-Hub-Signature-256', 'webhook-signature', 'shared secret'])
        expect(summaries.join('\n')).toContain(scheme)
      // Another caller's outcome: its recipes differ by feature, so the usual question stays.
      await page.goto(`${site.baseUrl}/decide/pages-router/another-system-calls-us/another-app-or-partner/`)
      expect(await page.locator('#recipe-chooser-heading').textContent()).toBe(
        'Which of these is your feature?',
      )
    },
  )
})
