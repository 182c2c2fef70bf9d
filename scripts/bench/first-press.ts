import type { Browser, Page } from 'playwright-core'
import { startStaticServer } from '../static-server'
import { phoneMenuButtonSelector } from '../../lib/phone-menu'
import { themeButtonSelector } from '../../lib/theme-storage'
import { median } from './median'

/**
 * What a reader on a mid-range phone meets on a cold page: Chromium with the CPU slowed four times,
 * a fresh cache each load, and the reader acting as soon as the page has loaded (its `load` event).
 *
 * - First press: the theme button (desktop) and the phone menu button (a 390 px phone), pressed with
 *   the mouse; the time from the press to the first frame that shows the menu. Median of `loads`
 *   cold loads per page and button.
 * - Keystrokes kept: "webhook" typed into the search box at a brisk 50 ms a key, starting at once;
 *   what the box holds once the page has hydrated.
 */
export type FirstPress = {
  path: string
  /** The theme button, desktop. */
  pressMs: number[]
  medianPressMs: number
  /** The phone menu button, 390 px wide. */
  phonePressMs: number[]
  medianPhonePressMs: number
  typed: string
  kept: string
}

/** A button to press first, where it shows, and what in the page says its menu is shown. */
type Control = {
  button: string
  viewport: { width: number; height: number }
  /** Browser code: true once the menu the button opens is in the page. */
  shown: string
}

const themeMenu: Control = {
  button: `${themeButtonSelector}:visible`,
  viewport: { width: 1280, height: 800 },
  shown: `!!document.querySelector('[role="listbox"]')`,
}

// Nextra's phone menu is open when its sidebar has the class that slides it into view.
const phoneMenu: Control = {
  button: phoneMenuButtonSelector,
  viewport: { width: 390, height: 844 },
  shown: `!!document.querySelector('aside.nextra-sidebar-container[class*="translate3d(0,0,0)"]')`,
}

const cpuSlowdown = 4
const typed = 'webhook'

// In-page: the press time (the first pointerdown) and the first frame after the menu shows.
const pressProbe = (control: Control) => `
  window.__press = null; window.__shown = null;
  addEventListener('pointerdown', function () { if (window.__press === null) window.__press = performance.now() }, true);
  new MutationObserver(function () {
    if (window.__press === null || window.__shown !== null) return;
    if (!(${control.shown})) return;
    window.__shown = -1;
    requestAnimationFrame(function () { setTimeout(function () { window.__shown = performance.now() }, 0) });
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
`

async function coldPage(
  browser: Browser,
  viewport = themeMenu.viewport,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  return { page, close: () => context.close() }
}

/** Hydrated: our pages say so on <html>; a plain Nextra page once its router is up and its search box is controlled. */
function waitUntilHydrated(page: Page) {
  return page.waitForFunction(
    () => {
      if (document.documentElement.hasAttribute('data-hydrated')) return true
      const next = (window as unknown as { next?: { router?: { isReady?: boolean } } }).next
      return !document.querySelector('script[data-hydrate-on-intent]') && next?.router?.isReady === true
    },
    null,
    { timeout: 30_000 },
  )
}

async function pressOnce(browser: Browser, url: string, control: Control): Promise<number> {
  const { page, close } = await coldPage(browser, control.viewport)
  try {
    await page.addInitScript({ content: pressProbe(control) })
    await page.goto(url, { waitUntil: 'load' })
    const button = page.locator(control.button).first()
    const box = await button.boundingBox()
    if (!box) throw new Error(`${url}: no visible ${control.button} to press`)
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await page.waitForFunction(
      () => ((window as unknown as { __shown: number | null }).__shown ?? 0) > 0,
      null,
      {
        timeout: 30_000,
      },
    )
    const [pressed, shown] = await page.evaluate(() => {
      const probe = window as unknown as { __press: number; __shown: number }
      return [probe.__press, probe.__shown]
    })
    return shown - pressed
  } finally {
    await close()
  }
}

async function typeOnce(browser: Browser, url: string): Promise<string> {
  const { page, close } = await coldPage(browser)
  try {
    await page.goto(url, { waitUntil: 'load' })
    const search = page.locator('input[type="search"]:visible').first()
    await search.click()
    await page.keyboard.type(typed, { delay: 50 })
    await waitUntilHydrated(page)
    // One frame for a component that sets its field after mounting.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
    return await search.inputValue()
  } finally {
    await close()
  }
}

/** One page of ours and the baseline page it is held against. */
export type PressPair = { path: string; baseline: string }

/**
 * The first presses of each pair, our page and its baseline page load by load in turn, so a slow
 * spell of the machine (a shared virtual machine has them) weighs on both sides alike; then what is
 * kept of a word typed at once, on each side. One result per side and pair.
 */
export async function measureFirstPresses(
  browser: Browser,
  roots: { site: string; baseline: string },
  pairs: PressPair[],
  loads = 5,
): Promise<{ site: FirstPress[]; baseline: FirstPress[] }> {
  const servers = {
    site: await startStaticServer(roots.site),
    baseline: await startStaticServer(roots.baseline),
  }
  try {
    const results = { site: [] as FirstPress[], baseline: [] as FirstPress[] }
    for (const pair of pairs) {
      const sides = [
        { side: 'site', url: servers.site.url + pair.path, path: pair.path },
        { side: 'baseline', url: servers.baseline.url + pair.baseline, path: pair.baseline },
      ] as const
      const pressMs = { site: [] as number[], baseline: [] as number[] }
      const phonePressMs = { site: [] as number[], baseline: [] as number[] }
      for (let load = 0; load < loads; load++) {
        for (const { side, url } of sides) {
          pressMs[side].push(await pressOnce(browser, url, themeMenu))
          phonePressMs[side].push(await pressOnce(browser, url, phoneMenu))
        }
      }
      for (const { side, url, path } of sides) {
        results[side].push({
          path,
          pressMs: pressMs[side],
          medianPressMs: median(pressMs[side]),
          phonePressMs: phonePressMs[side],
          medianPhonePressMs: median(phonePressMs[side]),
          typed,
          kept: await typeOnce(browser, url),
        })
      }
    }
    return results
  } finally {
    await Promise.all([servers.site.close(), servers.baseline.close()])
  }
}
