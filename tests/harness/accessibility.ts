import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Every axe-core WCAG A/AA violation on the page, one readable line each. */
export async function findAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  return results.violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(' '))
      .join(', ')
    return `axe ${violation.id} on ${page.url()}: ${violation.help} [${targets}]`
  })
}
