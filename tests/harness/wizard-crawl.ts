import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * A result the crawl reached: its address, heading, the boundary ids on its result element, the
 * recipe it shows (null for an outcome's general answer) and the addresses its main content links.
 */
export type CrawledResult = {
  path: string
  title: string
  boundaries: string
  recipe: string | null
  links: string[]
}

/**
 * Follows the wizard's answer links breadth-first from `start` (an address as the page writes it,
 * with any prefix the site is published under), as a reader without JavaScript would, and from each
 * outcome to the recipes it lists ("Which of these is your feature?"). Every step must answer 200 and
 * offer at least two answers; each answer's address is checked by `checkAnswer`.
 */
export async function crawlWizard(
  page: Page,
  origin: string,
  start: string,
  checkAnswer: (href: string, from: string) => void = () => {},
): Promise<CrawledResult[]> {
  const queue = [start]
  const seen = new Set(queue)
  const results: CrawledResult[] = []
  while (queue.length > 0) {
    const path = queue.shift()!
    // The links are in the HTML: no need to wait for stylesheets, fonts and images to load.
    const response = await page.goto(origin + path, { waitUntil: 'domcontentloaded' })
    expect(response?.status(), path).toBe(200)
    const result = page.getByTestId('decision-result')
    const hrefs = (links: Element[]) => links.map((link) => link.getAttribute('href') ?? '')
    let answers: string[]
    if ((await result.count()) > 0) {
      results.push({
        path,
        title: (await result.locator('h1').textContent()) ?? '',
        boundaries: (await result.getAttribute('data-boundaries')) ?? '',
        recipe: await result.getAttribute('data-recipe'),
        links: await page.locator('main a[href]').evaluateAll(hrefs),
      })
      answers = await page.locator('#recipe-chooser-heading + p + ul a').evaluateAll(hrefs)
    } else {
      answers = await page.getByRole('list', { name: 'Answers' }).getByRole('link').evaluateAll(hrefs)
      expect(answers.length, `answers on ${path}`).toBeGreaterThanOrEqual(2)
    }
    for (const next of answers) {
      checkAnswer(next, path)
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
    }
  }
  return results
}
