import type { Page } from 'playwright-core'

/** Internal page links in the docs sidebar, as paths ("/guide/"). */
export async function sidebarPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('.nextra-sidebar-container a[href^="/"]')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))
  return [...new Set(hrefs.map((href) => href.split('#')[0] ?? href))]
}

/**
 * Walks the sidebar from `start`, opening each page it lists (folders expand on their own pages),
 * until no new page appears. Calls `onPage` on every page reached.
 */
export async function crawlSidebar(
  page: Page,
  start: string,
  visit: (path: string) => Promise<void>,
  limit = 200,
): Promise<string[]> {
  const seen = new Set<string>([start])
  const queue = [start]
  while (queue.length > 0) {
    const path = queue.shift()!
    await visit(path)
    for (const next of await sidebarPaths(page)) {
      if (seen.has(next)) continue
      if (seen.size >= limit) throw new Error(`The sidebar lists more than ${limit} pages`)
      seen.add(next)
      queue.push(next)
    }
  }
  return [...seen]
}
