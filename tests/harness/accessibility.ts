import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * axe-core's browser build, installed in each page as it loads (SiteSession adds it as an init
 * script), so one injection serves the light audit and the dark contrast re-check of a page.
 */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** The highlighted example code: thousands of token spans whose colours come from one theme. */
export const snippetCode = '[data-snippet] code'

type Found = { id: string; help: string; targets: string[] }

/**
 * Every axe-core WCAG A/AA violation on the page, one readable line each. `rules` narrows the run
 * (for example to colour contrast, the only rule a theme switch can change); `exclude` leaves out
 * parts checked elsewhere.
 */
export async function findAccessibilityViolations(
  page: Page,
  rules?: string[],
  exclude: string[] = [],
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const found = await page.evaluate(
    async ({ tags, rules, exclude }) => {
      const axe = (window as unknown as { axe: AxeApi }).axe
      const results = await axe.run(
        exclude.length > 0 ? { exclude: exclude.map((selector) => [selector]) } : document,
        {
          runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
          // Details of passing checks are what make axe slow on large pages; only violations matter here.
          resultTypes: ['violations'],
        },
      )
      return results.violations.map((violation): Found => ({
        id: violation.id,
        help: violation.help,
        targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
      }))
    },
    { tags: wcagTags, rules, exclude },
  )
  return found.map(({ id, help, targets }) => `axe ${id} on ${page.url()}: ${help} [${targets.join(', ')}]`)
}

type AxeApi = {
  run: (
    context: unknown,
    options: unknown,
  ) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }>
}
