import { describe, expect } from 'vitest'
import { siteTest, themes } from './harness/site-test'

describe.each(themes)('search (%s theme)', (theme) => {
  siteTest('finds a word from the articles and opens a page that contains it', async ({ site }) => {
    const page = await site.open({ theme })
    await site.visit(page, '/')
    const searchBox = page.locator('input[type="search"]:visible')
    // The index loads when the box gets focus, as it does for a reader who clicks before typing.
    const indexLoaded = page.waitForResponse((response) => response.url().includes('/nextra-data-'))
    await searchBox.click()
    await indexLoaded
    await searchBox.pressSequentially('idempotent')
    const firstResult = page.locator('.nextra-search-results a').first()
    await firstResult.waitFor()
    expect(await firstResult.getAttribute('href')).toMatch(/^\/guide\//)
    await site.audit(page)
    await firstResult.click()
    await page.waitForURL((url) => url.pathname.startsWith('/guide/') && url.pathname !== '/')
    await page
      .locator('article')
      .getByText(/idempotent/i)
      .first()
      .waitFor()
  })

  siteTest('says so when nothing matches', async ({ site }) => {
    const page = await site.open({ theme })
    await site.visit(page, '/guide/')
    const searchBox = page.locator('input[type="search"]:visible')
    const indexLoaded = page.waitForResponse((response) => response.url().includes('/nextra-data-'))
    await searchBox.click()
    await indexLoaded
    await searchBox.pressSequentially('zzqxv')
    await page.getByText('No results found.').waitFor()
  })
})
