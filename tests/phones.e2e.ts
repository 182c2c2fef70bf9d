import type { Locator, Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { codeWrapAttribute } from '../lib/code-wrap'
import { hydratedAttribute } from '../lib/hydration-signal'
import { phone, siteTest } from './harness/site-test'

/** Where each table cell of the article lies across the page, and the label it shows in a card. */
function tableCells(page: Page) {
  return page.locator('article td').evaluateAll((cells) =>
    cells.map((cell) => {
      const box = cell.getBoundingClientRect()
      return {
        text: cell.textContent ?? '',
        left: box.left,
        right: box.right,
        // Content cut inside the cell ("Server Actio") scrolls it.
        cut: cell.scrollWidth > cell.clientWidth,
        label: getComputedStyle(cell, '::before').content,
      }
    }),
  )
}

/** The opacity of the fade at the right edge of a code block (1 while more code hides there). */
function edgeFade(block: Locator) {
  return block.evaluate((element) => Number(getComputedStyle(element, '::after').opacity))
}

const preOf = (block: Locator) => block.locator('pre')
const overflows = (block: Locator) => preOf(block).evaluate((pre) => pre.scrollWidth > pre.clientWidth)

describe('on a phone (390 px)', () => {
  for (const { path, columns } of [
    { path: '/guide/cheatsheet/', columns: ['Scenario', 'Answer', 'Because'] },
    { path: '/guide/migrating-from-pages-api/', columns: ['Who calls it', 'Move', 'Target'] },
  ]) {
    siteTest(`every table cell of ${path} is on screen, under its column's name`, async ({ site }) => {
      const page = await site.open({ viewport: phone })
      await site.visit(page, path, { audit: false })
      const width = await page.evaluate(() => document.documentElement.clientWidth)
      const cells = await tableCells(page)
      expect(cells.length).toBeGreaterThan(columns.length * 3)
      const offScreen = cells.filter((cell) => cell.left < 0 || cell.right > width || cell.cut)
      expect(offScreen.map((cell) => cell.text)).toEqual([])
      // Each card shows the column's name above the cell (generated text, hidden from screen readers).
      const labels = cells.map((cell) => cell.label)
      for (const column of columns) expect(labels).toContain(`"${column}" / ""`)
      await site.auditBothThemes(page)
    })
  }

  siteTest('a code block has a wrap toggle that fits it to the column, remembered', async ({ site }) => {
    const page = await site.open({ viewport: phone })
    await site.visit(page, '/patterns/webhook/', { audit: false })
    const blocks = page.locator('figure[data-snippet] div.nextra-code')
    const block = blocks.first()
    // Unwrapped, the lines run past the edge, and the edge fades to say so.
    expect(await overflows(block)).toBe(true)
    expect(await edgeFade(block)).toBe(1)

    const toggle = block.getByRole('button', { name: 'Wrap lines' })
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true')
    // One choice for every block on the page: none scrolls any more, and no edge fades.
    for (const each of await blocks.all()) {
      expect(await overflows(each)).toBe(false)
      expect(await edgeFade(each)).toBe(0)
    }
    await site.auditBothThemes(page)

    // The choice holds on the next page from its first paint, before Next.js has loaded.
    await page.goto(new URL('/guide/server-actions/', site.baseUrl).href, { waitUntil: 'load' })
    expect(
      await page.evaluate((name) => document.documentElement.hasAttribute(name), hydratedAttribute),
    ).toBe(false)
    expect(
      await page.evaluate((name) => document.documentElement.hasAttribute(name), codeWrapAttribute),
    ).toBe(true)
    const codeBlocks = page.locator('article div.nextra-code')
    expect(await codeBlocks.count()).toBeGreaterThan(1)
    for (const each of await codeBlocks.all()) expect(await overflows(each)).toBe(false)
    // And the toggles say so to screen readers before React renders their state.
    const pressed = await codeBlocks
      .getByRole('button', { name: 'Wrap lines' })
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-pressed')))
    expect(new Set(pressed)).toEqual(new Set(['true']))

    // Pressed off (held by the loader until the page hydrates, then replayed): lines run on again.
    const toggleHere = codeBlocks.first().getByRole('button', { name: 'Wrap lines' })
    await toggleHere.click()
    await expect
      .poll(() => page.evaluate((name) => document.documentElement.hasAttribute(name), codeWrapAttribute))
      .toBe(false)
    expect(await toggleHere.getAttribute('aria-pressed')).toBe('false')
    expect(await page.evaluate(() => localStorage.getItem('nb-code-wrap'))).toBe('off')
    const stillOverflowing = await Promise.all((await codeBlocks.all()).map(overflows))
    expect(stillOverflowing).toContain(true)
  })
})
