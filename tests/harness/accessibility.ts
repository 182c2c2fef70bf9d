import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Every axe-core WCAG A/AA violation on the page, one readable line each. `rules` narrows the run
 * (for example to colour contrast, the only rule a theme switch can change).
 */
export async function findAccessibilityViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Legacy mode runs axe inside the page instead of opening a helper page per run: twice as fast,
  // and our pages have no cross-origin frames that would need the other mode.
  const builder = new AxeBuilder({ page }).setLegacyMode(true)
  const results = await (rules ? builder.withRules(rules) : builder.withTags(wcagTags)).analyze()
  return results.violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(' '))
      .join(', ')
    return `axe ${violation.id} on ${page.url()}: ${violation.help} [${targets}]`
  })
}
