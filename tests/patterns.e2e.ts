import type { Page, Response } from 'playwright-core'
import { describe, expect } from 'vitest'
import { patterns } from '../content/patterns'
import { runTarget } from '../content/run-targets'
import { verifiedNextVersions } from '../lib/build/verified-versions'
import { hydratedAttribute } from '../lib/hydration-signal'
import { snippetCode } from './harness/accessibility'
import { siteTest } from './harness/site-test'
import { applyChange, runCases } from './support/run-cases'

const loadingText = 'Loading the example code…'

/** A script that carries the Run console, found by its "Reset store" button. */
async function isConsoleScript(response: Response): Promise<boolean> {
  if (response.request().resourceType() !== 'script') return false
  return (await response.text().catch(() => '')).includes('Reset store')
}

/** Lists the console scripts the page has received so far. */
function watchConsoleScripts(page: Page): () => Promise<string[]> {
  const seen: Promise<string | null>[] = []
  page.on('response', (response) =>
    seen.push(isConsoleScript(response).then((found) => (found ? response.url() : null))),
  )
  return async () => (await Promise.all(seen)).filter((url) => url !== null)
}

// Every pattern page shows its files and runs each of its targets in Chromium with a valid and an
// invalid input, reading the status and result the panel shows.
describe('pattern pages', () => {
  for (const pattern of patterns) {
    siteTest(`/patterns/${pattern.slug}/ runs ${pattern.runTargets.join(', ')}`, async ({ site }) => {
      const page = await site.open({ preloadAxe: true })
      await site.visit(page, `/patterns/${pattern.slug}/`, { audit: false })
      for (const { file } of pattern.files) {
        await expect
          .poll(() => page.locator(`figure[data-snippet="${file}"] code [data-line]`).count())
          .toBeGreaterThan(0)
        // The theme's code block: the file name as its title and a copy button.
        const figure = page.locator(`figure[data-snippet="${file}"]`)
        expect(await figure.getByRole('button', { name: 'Copy code' }).count(), file).toBe(1)
        expect(
          await figure
            .locator('pre')
            .first()
            .evaluate((pre) => pre.parentElement?.textContent),
        ).toContain(file)
        // The versions come from the two lock files, so a bump of either shows on every block.
        expect(await figure.locator('figcaption').textContent()).toContain(
          `Verified with Next.js ${verifiedNextVersions.current} and ${verifiedNextVersions.previous}`,
        )
      }
      const panel = page.getByRole('region', { name: 'Run panel' })
      await panel.getByRole('button', { name: 'Open the Run panel' }).click()

      for (const id of pattern.runTargets) {
        const target = runTarget(id)
        const cases = runCases[id]!
        if (pattern.runTargets.length > 1)
          await panel.getByLabel('Code to run').selectOption({ label: target.label })
        await panel.getByRole('button', { name: 'Reset store' }).click()
        await panel.getByRole('button', { name: 'Reset input' }).click()

        await panel.getByRole('button', { name: 'Run', exact: true }).click()
        await expect
          .poll(() => panel.getByTestId('run-status').textContent(), { message: `${id} valid` })
          .toBe(cases.valid.status)
        expect(await panel.locator('[aria-live]').textContent()).toContain(cases.valid.shows)

        await panel.getByRole('button', { name: 'Reset store' }).click()
        await applyChange(panel, cases.invalid.change)
        await panel.getByRole('button', { name: 'Run', exact: true }).click()
        await expect
          .poll(() => panel.getByTestId('run-status').textContent(), { message: `${id} invalid` })
          .toBe(cases.invalid.status)
        expect(await panel.locator('[aria-live]').textContent()).toContain(cases.invalid.shows)
      }
      // The crawl in every-page.e2e.ts audits every pattern page with the panel closed. The open panel,
      // with a result shown, is one component: audited here on an action's page (with its code in
      // full, since token colours are one theme everywhere) and on a Route Handler's page.
      if (pattern.slug === 'ui-mutation') await site.auditBothThemes(page)
      if (pattern.slug === 'webhook') await site.auditBothThemes(page, [snippetCode])
    })
  }

  siteTest(
    'guide articles with highlighted lines keep every code token readable, light and dark',
    async ({ site }) => {
      const page = await site.open()
      for (const path of ['/guide/server-components/', '/guide/security-checklist/']) {
        await site.visit(page, path, { audit: false })
        expect(await page.locator('[data-snippet] [data-highlighted-line]').count()).toBeGreaterThan(0)
        await page.emulateMedia({ colorScheme: 'light' })
        await site.auditBothThemes(page)
      }
    },
  )

  siteTest('renders markup typed into the Run panel as text', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/patterns/ui-mutation/', { audit: false })
    const panel = page.getByRole('region', { name: 'Run panel' })
    await panel.getByRole('button', { name: 'Open the Run panel' }).click()
    await panel.getByLabel('Code to run').selectOption({ label: runTarget('update-profile').label })
    const payload = '<img src=x onerror="window.__injected=1">'
    await panel.getByLabel('Form field name', { exact: true }).fill(payload)
    await panel.getByRole('button', { name: 'Run', exact: true }).click()
    await expect
      .poll(() => panel.locator('[aria-live]').textContent())
      .toContain(payload.replaceAll('"', '\\"'))
    expect(await panel.locator('[aria-live] img').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined()
  })

  siteTest(
    'reaches the Run panel by Tab alone, with a visible focus ring, and opens it with Enter',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/patterns/webhook/', { audit: false })
      let focused = ''
      for (let presses = 0; presses < 120 && focused !== 'Open the Run panel'; presses++) {
        await page.keyboard.press('Tab')
        focused = await page.evaluate(() => document.activeElement?.textContent ?? '')
      }
      expect(focused).toBe('Open the Run panel')
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe(
        'none',
      )
      await page.keyboard.press('Enter')
      await page.getByRole('button', { name: 'Run', exact: true }).waitFor()
    },
  )

  siteTest(
    'keeps the Run console out of the page’s own scripts, and loads it as the panel comes near',
    async ({ site }) => {
      const page = await site.open()
      const consoleScripts = watchConsoleScripts(page)
      await site.visit(page, '/patterns/webhook/', { audit: false })
      const panel = page.getByRole('region', { name: 'Run panel' })
      // Hydrated at the top of the page, more than two screens above the panel.
      expect(
        await panel.evaluate((element) => element.getBoundingClientRect().top / innerHeight),
      ).toBeGreaterThan(2)
      expect(await consoleScripts()).toEqual([])

      const consoleArrives = page.waitForResponse(isConsoleScript)
      await panel.evaluate((element) => element.scrollIntoView({ block: 'center' }))
      await consoleArrives
      await panel.getByRole('button', { name: 'Open the Run panel' }).click()
      await panel.getByLabel('Body', { exact: true }).waitFor()
      expect(await panel.getByText(loadingText).count()).toBe(0)
      expect(await consoleScripts()).toHaveLength(1)
    },
  )

  siteTest(
    'opens the Run panel from a cold load, where the press itself starts the page’s code',
    async ({ site }) => {
      const page = await site.open()
      await page.goto(new URL('/patterns/webhook/', site.baseUrl).href, { waitUntil: 'load' })
      expect(
        await page.evaluate(
          (attribute) => document.documentElement.hasAttribute(attribute),
          hydratedAttribute,
        ),
      ).toBe(false)
      const panel = page.getByRole('region', { name: 'Run panel' })
      await panel.getByRole('button', { name: 'Open the Run panel' }).click()

      // The example's own request, ready to run.
      await expect
        .poll(() => panel.getByLabel('Body', { exact: true }).inputValue())
        .toContain('"id": "evt_demo_1"')
      expect(await panel.getByLabel('Method', { exact: true }).inputValue()).toBe('POST')
      expect(await panel.getByLabel('Path', { exact: true }).inputValue()).toBe('/api/webhooks/stripe')
      expect(await panel.getByRole('checkbox', { name: /Sign the body/ }).isChecked()).toBe(true)
      expect(await panel.getByText(loadingText).count()).toBe(0)
      expect(await panel.getByRole('button', { name: 'Run', exact: true }).isEnabled()).toBe(true)
    },
  )
})
