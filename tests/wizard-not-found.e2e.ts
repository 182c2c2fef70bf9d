import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { decisionGraph } from '../lib/graph/decision-graph'
import { allAnswerPaths, slugTree } from '../lib/graph/graph-paths'
import { wizardPathHint } from '../lib/wizard/wizard-path-hint'
import { wizardHref } from '../lib/wizard/wizard-url'
import { siteTest } from './harness/site-test'
import { malformedWizardPaths } from './support/malformed-paths'

const validHrefs = new Set(allAnswerPaths(decisionGraph).map(wizardHref))
// Browsers resolve dot segments ("..", "%2e%2e") before asking the server; judge each path as sent.
const isValidAsSent = (path: string) => validHrefs.has(new URL(path, 'http://host.invalid').pathname)
// Every 20th of 1000 fuzzed paths from the same seed as the resolver's unit test: 50 real page loads.
const sample = malformedWizardPaths(1000, 20261129, isValidAsSent).filter((_, index) => index % 20 === 0)
const tree = slugTree(decisionGraph)

async function injectedMarkupCount(page: Page): Promise<number> {
  return page
    .locator('img, svg, script:not([src])')
    .evaluateAll((nodes) => nodes.filter((node) => /onerror|onload|alert\(/.test(node.outerHTML)).length)
}

describe('broken wizard links', () => {
  siteTest(
    'land on the 404 page with a link to the longest valid prefix, and nothing runs',
    async ({ site }) => {
      const page = await site.open()
      await page.addInitScript(() => {
        window.alert = () => {
          ;(window as unknown as { __executed?: boolean }).__executed = true
        }
      })
      expect(sample).toHaveLength(50)
      for (const [index, path] of sample.entries()) {
        await site.visit(page, path, { expectStatus: 404, audit: index === 0 })
        expect(await page.locator('h1').first().textContent(), path).toBe('Page not found')
        expect(await page.getByRole('link', { name: 'Start the decision wizard' }).count(), path).toBe(1)
        const expected = wizardPathHint(new URL(page.url()).pathname, tree)
        const hint = page.getByTestId('wizard-path-hint')
        if (expected) {
          await hint.waitFor()
          expect(await hint.getByRole('link').getAttribute('href'), path).toBe(expected.resumeHref)
          expect(validHrefs.has(expected.resumeHref)).toBe(true)
        } else {
          expect(await hint.count(), path).toBe(0)
        }
        expect(await injectedMarkupCount(page), path).toBe(0)
        expect(
          await page.evaluate(() => (window as unknown as { __executed?: boolean }).__executed),
        ).toBeUndefined()
      }
    },
    180_000,
  )
})
