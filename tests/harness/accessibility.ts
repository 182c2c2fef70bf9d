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

/** Links that are not text in a paragraph: site chrome, the diagram's boxes and Nextra's heading anchors. */
const notTextLinks = [
  'nav',
  '.nextra-nav-container',
  '.nextra-sidebar-container',
  '.nextra-toc',
  '.nextra-breadcrumb',
  '.nextra-skip-nav',
  '.react-flow',
]

/**
 * Links that look like the text around them, one readable line each: shown inline with some text,
 * but neither underlined, nor coloured at 3:1 against their paragraph's text, nor drawn as a button
 * (a border or a background). axe-core's link-in-text-block passes a link in the same colour as its
 * text (WCAG 1.4.1 is about colour as the only cue, and such a link has no cue at all) and skips a
 * link alone in its list item, so this catches what it does not.
 */
export async function findLinksThatLookLikeText(page: Page, exclude: string[] = []): Promise<string[]> {
  const found = await page.evaluate(
    ({ skip }) => {
      const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number)
      const luminance = (color: string) => {
        const [r = 0, g = 0, b = 0] = channels(color).map((value) => {
          const c = value / 255
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
      }
      const contrast = (one: string, other: string) => {
        const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a) as [number, number]
        return (light + 0.05) / (dark + 0.05)
      }
      const boxed = (style: CSSStyleDeclaration) =>
        (['Top', 'Right', 'Bottom', 'Left'] as const).some(
          (side) =>
            style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
            parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
        ) || (channels(style.backgroundColor)[3] ?? 1) > 0
      const plain: Array<{ text: string; color: string; ratio: number }> = []
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        if (link.closest(skip.join(', ')) || !link.checkVisibility({ visibilityProperty: true })) continue
        const text = link.innerText.trim()
        const style = getComputedStyle(link)
        if (!text || !['inline', 'inline-block'].includes(style.display) || boxed(style)) continue
        if (style.textDecorationLine.includes('underline')) continue
        let block = link.parentElement
        while (block && ['inline', 'contents'].includes(getComputedStyle(block).display))
          block = block.parentElement
        const ratio = block ? contrast(style.color, getComputedStyle(block).color) : 1
        if (ratio < 3) plain.push({ text: text.slice(0, 60), color: style.color, ratio })
      }
      return plain
    },
    { skip: [...notTextLinks, ...exclude] },
  )
  return found.map(
    ({ text, color, ratio }) =>
      `link that looks like text on ${page.url()}: “${text}” is not underlined and its colour ${color} has ${ratio.toFixed(2)}:1 against the text around it (3:1 needed)`,
  )
}
