import type { Page } from 'playwright-core'
import { hydratedAttribute } from '../../lib/hydration-signal'
import { loaderMarker } from '../build/hydrate-on-intent'

/**
 * Shows intent the way a reader does (a pointer moving over the page), which makes an exported page
 * load Next.js (see hydrate-on-intent.ts), then waits until React has hydrated it, so errors thrown
 * while hydrating are caught.
 */
export async function waitForHydration(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new PointerEvent('pointermove')))
  await page.waitForFunction(
    ({ attribute, marker }) => {
      // Pages without Next.js (test fixtures) or without JavaScript count as ready once loaded.
      if (!document.querySelector('#__next')) return true
      if (document.documentElement.hasAttribute(attribute)) return true
      // A Next.js site without our signal (the bench's vanilla baseline): its router is up.
      const next = (window as unknown as { next?: { router?: { isReady?: boolean } } }).next
      return !document.querySelector(`script[${marker}]`) && next?.router?.isReady === true
    },
    { attribute: hydratedAttribute, marker: loaderMarker },
    { timeout: 10_000 },
  )
}
