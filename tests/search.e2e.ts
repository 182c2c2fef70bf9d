import { describe, expect } from 'vitest'
import { siteTest, themes } from './harness/site-test'

describe.each(themes)('search (%s theme)', (theme) => {
  siteTest('finds a word that only an article contains and opens that article', async ({ site }) => {
    const page = await site.open({ theme })
    await site.visit(page, '/')
    const searchBox = page.locator('input[type="search"]:visible')
    // The index loads when the box gets focus, as it does for a reader who clicks before typing.
    const indexLoaded = page.waitForResponse((response) => response.url().includes('/nextra-data-'))
    await searchBox.click()
    await indexLoaded
    await searchBox.pressSequentially('habit')
    const firstResult = page.locator('.nextra-search-results a').first()
    await firstResult.waitFor()
    expect(await firstResult.getAttribute('href')).toMatch(/^\/guide\/?(#.*)?$/)
    await site.audit(page)
    await firstResult.click()
    await page.locator('h1', { hasText: 'The four boundaries' }).waitFor()
    expect(new URL(page.url()).pathname).toMatch(/^\/guide\/?$/)
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
