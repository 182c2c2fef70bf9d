import { describe, expect } from 'vitest'
import { search } from './harness/search-box'
import { siteTest } from './harness/site-test'

describe('search from the home page', () => {
  siteTest('finds a word from the articles and opens a page that contains it', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/', { audit: false })
    await search(page, 'idempotent')
    const firstResult = page.locator('.nextra-search-results a').first()
    await firstResult.waitFor()
    expect(await firstResult.getAttribute('href')).toMatch(/^\/guide\//)
    // The results open over the page: audited in both themes while open.
    await site.auditBothThemes(page)
    await firstResult.click()
    await page.waitForURL((url) => url.pathname.startsWith('/guide/'))
    await page
      .locator('article')
      .getByText(/idempotent/i)
      .first()
      .waitFor()
  })
})

describe('search over the guide', () => {
  siteTest('says so when nothing matches', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/guide/')
    await search(page, 'zzqxv')
    await page.getByText('No results found.').waitFor()
  })

  siteTest(
    'finds the words readers look for in the guide and the patterns: webhook, useActionState, bodyParser',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/guide/', { audit: false })
      const searchBox = page.locator('input[type="search"]:visible')
      for (const [index, word] of ['webhook', 'useActionState', 'bodyParser'].entries()) {
        if (index === 0) {
          await search(page, word)
        } else {
          // The index is loaded now: clearing and typing searches again at once.
          await searchBox.fill('')
          await searchBox.pressSequentially(word)
        }
        const results = page.locator('.nextra-search-results a')
        await results.first().waitFor()
        expect(await results.first().getAttribute('href'), word).toMatch(/^\/(guide|patterns)\//)
        expect((await page.locator('.nextra-search-results').textContent())?.toLowerCase(), word).toContain(
          word.toLowerCase(),
        )
      }
    },
  )
})
