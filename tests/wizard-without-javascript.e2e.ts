import { describe, expect } from 'vitest'
import { decisionGraph, recipeLibrary } from '../lib/graph/decision-graph'
import { recipeHref } from '../lib/recipes/recipe-href'
import { siteTest } from './harness/site-test'
import { crawlWizard } from './harness/wizard-crawl'

const outcomeIds = Object.entries(decisionGraph.nodes)
  .filter(([, node]) => node.kind === 'outcome')
  .map(([id]) => id)

describe('the wizard with JavaScript off', () => {
  // One crawl for both: it visits every step of the wizard, so it grows with the graph and the recipes.
  siteTest(
    'reaches every outcome and every recipe from /decide/ by following links alone',
    async ({ site }) => {
      const page = await site.open({ javaScriptEnabled: false })
      const results = await crawlWizard(page, site.baseUrl, '/decide/')
      const outcomesReached = new Map(
        results.filter((result) => !result.recipe).map((result) => [result.title, result.boundaries]),
      )
      expect(outcomesReached.size).toBe(outcomeIds.length)
      for (const boundaries of outcomesReached.values()) expect(boundaries).toMatch(/^[a-z-]+( [a-z-]+)*$/)

      // Every recipe has its own wizard address, ending with its slug, that links the recipe's own page.
      const reached = new Map(results.flatMap((result) => (result.recipe ? [[result.recipe, result]] : [])))
      expect([...reached.keys()].sort()).toEqual(recipeLibrary.map((recipe) => recipe.slug).sort())
      for (const [slug, result] of reached) {
        expect(result.path.endsWith(`/${slug}/`), result.path).toBe(true)
        expect(result.links, result.path).toContain(recipeHref(slug))
        if (recipeLibrary.find((recipe) => recipe.slug === slug)!.group === 'outside-the-app')
          expect(result.boundaries.split(' '), result.path).toContain('external')
      }
    },
    180_000,
  )

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
