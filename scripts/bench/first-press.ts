import type { Browser, Page } from 'playwright-core'
import { startStaticServer } from '../static-server'
import { median } from './click-latency'

/**
 * What a reader on a mid-range phone meets on a cold page: Chromium with the CPU slowed four times,
 * a fresh cache each load, and the reader acting as soon as the page has loaded (its `load` event).
 *
 * - First press: the theme button, pressed with the mouse; the time from the press to the first
 *   frame that shows its menu. Median of `loads` cold loads per page.
 * - Keystrokes kept: "webhook" typed into the search box at a brisk 50 ms a key, starting at once;
 *   what the box holds once the page has hydrated.
 */
export type FirstPress = {
  path: string
  pressMs: number[]
  medianPressMs: number
  typed: string
  kept: string
}

const cpuSlowdown = 4
const typed = 'webhook'

// In-page: the press time (the first pointerdown) and the first frame after the theme menu shows.
const pressProbe = `
  window.__press = null; window.__shown = null;
  addEventListener('pointerdown', function () { if (window.__press === null) window.__press = performance.now() }, true);
  new MutationObserver(function () {
    if (window.__press === null || window.__shown !== null) return;
    if (!document.querySelector('[role="listbox"]')) return;
    window.__shown = -1;
    requestAnimationFrame(function () { setTimeout(function () { window.__shown = performance.now() }, 0) });
  }).observe(document, { childList: true, subtree: true });
`

async function coldPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
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

async function pressOnce(browser: Browser, url: string): Promise<number> {
  const { page, close } = await coldPage(browser)
  try {
    await page.addInitScript({ content: pressProbe })
    await page.goto(url, { waitUntil: 'load' })
    const button = page.locator('button[title="Change theme"]:visible').first()
    const box = await button.boundingBox()
    if (!box) throw new Error(`${url}: no visible theme button to press`)
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

export async function measureFirstPresses(
  browser: Browser,
  root: string,
  paths: string[],
  loads = 5,
): Promise<FirstPress[]> {
  const server = await startStaticServer(root)
  try {
    const results: FirstPress[] = []
    for (const path of paths) {
      const pressMs: number[] = []
      for (let load = 0; load < loads; load++) pressMs.push(await pressOnce(browser, server.url + path))
      const kept = await typeOnce(browser, server.url + path)
      results.push({ path, pressMs, medianPressMs: median(pressMs), typed, kept })
    }
    return results
  } finally {
    await server.close()
  }
}
