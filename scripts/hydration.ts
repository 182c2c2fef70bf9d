import type { Page } from 'playwright-core'

/**
 * Waits until Next.js has hydrated the page (its router is ready), so errors thrown while hydrating
 * are caught. Cheaper than waiting for the network to go idle, which also waits for link prefetches.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(
    () => {
      const next = (window as unknown as { next?: { router?: { isReady?: boolean } } }).next
      // Pages without Next.js (test fixtures) or without JavaScript count as ready once loaded.
      return !document.querySelector('#__next') || next?.router?.isReady === true
    },
    undefined,
    { timeout: 10_000 },
  )
}
