import type { Page } from 'playwright-core'
import { hydratedAttribute } from '../lib/hydration-signal'

/**
 * Shows intent the way a reader does (a pointer moving over the page), which makes an exported page
 * load Next.js (see hydrate-on-intent.ts), then waits until React has hydrated it, so errors thrown
 * while hydrating are caught.
 */
export async function waitForHydration(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new PointerEvent('pointermove')))
  await page.waitForFunction(
    (attribute) =>
      // Pages without Next.js (test fixtures) or without JavaScript count as ready once loaded.
      !document.querySelector('#__next') || document.documentElement.hasAttribute(attribute),
    hydratedAttribute,
    { timeout: 10_000 },
  )
}
