import type { Page } from 'playwright-core'

/** Types into the theme's search box the way a reader does: click first (which loads the index), then type. */
export async function search(page: Page, words: string) {
  const searchBox = page.locator('input[type="search"]:visible')
  const indexLoaded = page.waitForResponse((response) => response.url().includes('/nextra-data-'))
  await searchBox.click()
  await indexLoaded
  await searchBox.pressSequentially(words)
}
