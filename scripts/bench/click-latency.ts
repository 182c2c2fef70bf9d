import type { Browser } from 'playwright-core'
import { waitForHydration } from '../test/hydration'
import { startStaticServer } from '../static-server'

/**
 * Wizard answer click → next question painted, in Chromium with JavaScript on. Each sample clicks the
 * first answer of /decide/ and resolves on the first frame after the next question's heading is in
 * the DOM; then the browser goes back for the next sample.
 */
export async function measureAnswerClicks(
  browser: Browser,
  exportDir: string,
  samples = 20,
): Promise<number[]> {
  const server = await startStaticServer(exportDir)
  const page = await browser.newPage()
  try {
    await page.goto(`${server.url}/decide/`)
    await waitForHydration(page)
    const durations: number[] = []
    for (let sample = 0; sample < samples; sample++) {
      const firstHeading = await page.locator('h1').first().textContent()
      const duration = await page.evaluate((before) => {
        return new Promise<number>((resolve) => {
          const answer = document.querySelector<HTMLAnchorElement>('main a[href^="/decide/"][data-answer]')
          if (!answer) throw new Error('No answer link on /decide/')
          const started = performance.now()
          const observer = new MutationObserver(() => {
            const heading = document.querySelector('h1')?.textContent
            if (heading && heading !== before) {
              observer.disconnect()
              // The frame that shows the new question: after the next animation frame has been painted.
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0))
            }
          })
          observer.observe(document.body, { childList: true, subtree: true, characterData: true })
          answer.click()
        })
      }, firstHeading)
      durations.push(duration)
      await page.goBack()
      await page.waitForFunction(
        (heading) => document.querySelector('h1')?.textContent === heading,
        firstHeading,
      )
    }
    return durations
  } finally {
    await page.close()
    await server.close()
  }
}
