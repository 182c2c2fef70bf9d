import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { resolveToFile } from '../exported-site'
import { waitForHydration } from '../test/hydration'
import { startStaticServer } from '../static-server'

export type PageWeight = {
  path: string
  /** Everything the page runs once hydrated: what the budgets count. */
  jsGzipBytes: number
  /** What loads before the reader's first intent (the inline loader defers Next.js until then). */
  jsBeforeIntentGzipBytes: number
  cssGzipBytes: number
  files: number
  /** Chunks of linked pages that Next.js prefetches while idle: reported, not counted as the page's own. */
  prefetchedJsGzipBytes: number
}

export function gzipSize(content: Buffer): number {
  return gzipSync(content).length
}

/**
 * The JavaScript and CSS each page loads, gzipped as a static host would send them: once before the
 * reader shows any intent, and in total once the page has hydrated and gone quiet (still before any
 * click). Measured in Chromium (so on-load dynamic imports count), with a fresh cache per page.
 */
export async function measurePageWeights(
  browser: Browser,
  root: string,
  paths: string[],
): Promise<PageWeight[]> {
  const server = await startStaticServer(root)
  const weights: PageWeight[] = []
  try {
    for (const path of paths) {
      const context = await browser.newContext()
      const page = await context.newPage()
      const loaded = new Set<string>()
      const prefetched = new Set<string>()
      page.on('request', (request) => {
        const assetPath = new URL(request.url()).pathname
        const headers = request.headers()
        if (headers['purpose'] === 'prefetch' || headers['sec-purpose'] === 'prefetch')
          prefetched.add(assetPath)
        else if (['script', 'stylesheet'].includes(request.resourceType())) loaded.add(assetPath)
      })
      await page.goto(server.url + path, { waitUntil: 'networkidle' })
      const beforeIntent = new Set(loaded)
      await waitForHydration(page)
      await page.waitForLoadState('networkidle')
      await context.close()
      let jsGzipBytes = 0
      let jsBeforeIntentGzipBytes = 0
      let cssGzipBytes = 0
      let prefetchedJsGzipBytes = 0
      for (const assetPath of prefetched) {
        const file = resolveToFile(root, decodeURIComponent(assetPath))
        if (file && assetPath.endsWith('.js')) prefetchedJsGzipBytes += gzipSize(readFileSync(file))
      }
      for (const assetPath of [...loaded].filter((loadedPath) => !prefetched.has(loadedPath))) {
        const file = resolveToFile(root, decodeURIComponent(assetPath))
        if (!file) throw new Error(`${path} loaded ${assetPath}, which is not in ${root}`)
        const size = gzipSize(readFileSync(file))
        if (assetPath.endsWith('.css')) cssGzipBytes += size
        else {
          jsGzipBytes += size
          if (beforeIntent.has(assetPath)) jsBeforeIntentGzipBytes += size
        }
      }
      weights.push({
        path,
        jsGzipBytes,
        jsBeforeIntentGzipBytes,
        cssGzipBytes,
        files: loaded.size - prefetched.size,
        prefetchedJsGzipBytes,
      })
    }
  } finally {
    await server.close()
  }
  return weights
}
