import type { Page } from 'playwright-core'

/** The site's search box (components/search/SiteSearch.tsx): one, in the header, at every width. */
export const searchBoxSelector = 'input[type="search"]:visible'

/** Types into the search box the way a reader does: click first (which loads the index), then type. */
export async function search(page: Page, words: string) {
  const searchBox = page.locator(searchBoxSelector)
  const indexLoaded = page.waitForResponse((response) =>
    response.url().includes('/generated/search-index.json'),
  )
  await searchBox.click()
  await indexLoaded
  await searchBox.pressSequentially(words)
}

/** The open results: one group per page, its page row first, then its best sections. */
export const resultPages = (page: Page) => page.locator('.nextra-search-results [data-search-page]')
