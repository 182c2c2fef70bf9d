import { describe, expect } from 'vitest'
import { decisionGraph } from '../lib/graph/decision-graph'
import { siteTest } from './harness/site-test'

const outcomeIds = Object.entries(decisionGraph.nodes)
  .filter(([, node]) => node.kind === 'outcome')
  .map(([id]) => id)

describe('the wizard with JavaScript off', () => {
  siteTest('reaches every outcome from /decide/ by following answer links alone', async ({ site }) => {
    const page = await site.open({ javaScriptEnabled: false })
    const queue = ['/decide/']
    const seen = new Set(queue)
    const outcomesReached = new Map<string, string>()
    while (queue.length > 0) {
      const path = queue.shift()!
      const response = await page.goto(site.baseUrl + path)
      expect(response?.status(), path).toBe(200)
      const result = page.getByTestId('decision-result')
      if ((await result.count()) > 0) {
        const title = (await result.locator('h1').textContent()) ?? ''
        outcomesReached.set(title, (await result.getAttribute('data-boundaries')) ?? '')
        continue
      }
      const answers = await page
        .getByRole('list', { name: 'Answers' })
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
      expect(answers.length, `answers on ${path}`).toBeGreaterThanOrEqual(2)
      for (const next of answers) {
        if (!seen.has(next)) {
          seen.add(next)
          queue.push(next)
        }
      }
    }
    expect(outcomesReached.size).toBe(outcomeIds.length)
    for (const boundaries of outcomesReached.values()) expect(boundaries).toMatch(/^[a-z-]+( [a-z-]+)*$/)
  })

  siteTest('shows the decision map as a list of links', async ({ site }) => {
    const page = await site.open({ javaScriptEnabled: false })
    await page.goto(site.baseUrl + '/decision-map/')
    const listLinks = page.locator('details a')
    expect(await listLinks.count()).toBe(Object.keys(decisionGraph.nodes).length)
    expect(await page.locator('.react-flow').count()).toBe(0)
  })
})
