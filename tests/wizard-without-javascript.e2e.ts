import { describe, expect } from 'vitest'
import { decisionGraph } from '../lib/graph/decision-graph'
import { siteTest } from './harness/site-test'
import { crawlWizard } from './harness/wizard-crawl'

const outcomeIds = Object.entries(decisionGraph.nodes)
  .filter(([, node]) => node.kind === 'outcome')
  .map(([id]) => id)

describe('the wizard with JavaScript off', () => {
  siteTest('reaches every outcome from /decide/ by following answer links alone', async ({ site }) => {
    const page = await site.open({ javaScriptEnabled: false })
    const results = await crawlWizard(page, site.baseUrl, '/decide/')
    const outcomesReached = new Map(
      results.filter((result) => !result.recipe).map((result) => [result.title, result.boundaries]),
    )
    expect(outcomesReached.size).toBe(outcomeIds.length)
    for (const boundaries of outcomesReached.values()) expect(boundaries).toMatch(/^[a-z-]+( [a-z-]+)*$/)
  })

  siteTest('shows the decision map as a list of links', async ({ site }) => {
    const page = await site.open({ javaScriptEnabled: false })
    await page.goto(site.baseUrl + '/decision-map/')
    const listLinks = page.locator('details a')
    // One link per question and outcome, and one per recipe under the outcomes that list it.
    const recipeLinks = Object.values(decisionGraph.recipes ?? {}).flat().length
    expect(await listLinks.count()).toBe(Object.keys(decisionGraph.nodes).length + recipeLinks)
    expect(await page.locator('.react-flow').count()).toBe(0)
  })
})
