import { describe, expect } from 'vitest'
import { recipeLibrary } from '../lib/graph/decision-graph'
import { recipeHref } from '../lib/recipes/recipe-href'
import { siteTest } from './harness/site-test'

const sectionHeadings = ['When this fits', 'The code', 'Checklist', 'Traps', 'Read next']

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

  // One read of each page's parts, in the page, so the test's length grows gently with the recipes.
  siteTest(
    'gives each recipe its five sections, a result element, real code and traps',
    async ({ site }) => {
      const page = await site.open({ javaScriptEnabled: false })
      for (const recipe of recipeLibrary) {
        const response = await page.goto(site.baseUrl + recipeHref(recipe.slug))
        expect(response?.status(), recipe.slug).toBe(200)
        const found = await page.evaluate(() => {
          const result = document.querySelector('[data-testid="decision-result"]')
          const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')
          return {
            headings: [...document.querySelectorAll('main h2')].map((heading) => heading.textContent),
            recipe: result?.getAttribute('data-recipe'),
            boundaries: result?.getAttribute('data-boundaries')?.split(' ').sort(),
            snippets: [...document.querySelectorAll('[data-snippet]')].map((figure) =>
              figure.getAttribute('data-snippet'),
            ),
            traps: [...document.querySelectorAll('main section[aria-labelledby^="trap-"]')].map((trap) => ({
              title: trap.querySelector('h3')?.textContent ?? '',
              text: trap.textContent ?? '',
            })),
            description: meta('meta[name="description"]'),
            card: meta('meta[property="og:image"]'),
          }
        })
        for (const heading of sectionHeadings) expect(found.headings, recipe.slug).toContain(heading)
        expect(found.recipe).toBe(recipe.slug)
        expect(found.boundaries).toEqual([...recipe.boundaries].sort())
        expect(found.snippets, recipe.slug).toEqual(recipe.code.map((code) => code.file))
        expect(found.traps.length, recipe.slug).toBe(recipe.traps.length)
        for (const trap of found.traps) {
          expect(trap.title).not.toBe('')
          expect(trap.text).toMatch(/Cause\..+Fix\./s)
        }
        expect(found.description).toBe(recipe.description)
        expect(found.card).toMatch(new RegExp(`/og/recipes/${recipe.slug}\\.png$`))
        const cardResponse = await page.request.get(site.baseUrl + new URL(found.card!).pathname)
        expect(cardResponse.status(), found.card!).toBe(200)
      }
    },
    120_000,
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
