import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** A result the crawl reached: its address, heading and the boundary ids on its result element. */
export type CrawledResult = { path: string; title: string; boundaries: string }

/**
 * Follows the wizard's answer links breadth-first from `start` (an address as the page writes it,
 * with any prefix the site is published under), as a reader without JavaScript would. Every step
 * must answer 200 and offer at least two answers; each answer's address is checked by `checkAnswer`.
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
    const response = await page.goto(origin + path)
    expect(response?.status(), path).toBe(200)
    const result = page.getByTestId('decision-result')
    if ((await result.count()) > 0) {
      results.push({
        path,
        title: (await result.locator('h1').textContent()) ?? '',
        boundaries: (await result.getAttribute('data-boundaries')) ?? '',
      })
      continue
    }
    const answers = await page
      .getByRole('list', { name: 'Answers' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    expect(answers.length, `answers on ${path}`).toBeGreaterThanOrEqual(2)
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
