import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumPath } from '../chromium'
import { medianOfRuns, type LighthouseResult } from './lighthouse-median'

const categories = ['performance', 'accessibility', 'best-practices', 'seo']

/**
 * Lighthouse with its default mobile settings (simulated throttling) against the system Chromium:
 * the four category scores (0–100) and the Largest Contentful Paint in milliseconds, each the median
 * of `runs` runs per page. Each figure is its own median: Lighthouse's median run (the run closest to
 * the median FCP and TTI) can carry an outlying LCP or Total Blocking Time, and the baseline's LCP
 * ranged from 1.3 to 2.7 s between runs on this machine.
 */
export async function runLighthouse(urls: string[], runs = 5): Promise<LighthouseResult[]> {
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  try {
    const results: LighthouseResult[] = []
    for (const url of urls) {
      const reports = []
      for (let attempt = 0; attempt < runs; attempt++) {
        const run = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
        })
        if (!run) throw new Error(`Lighthouse returned nothing for ${url}`)
        if (run.lhr.runtimeError)
          throw new Error(`Lighthouse failed on ${url}: ${run.lhr.runtimeError.message}`)
        reports.push(run.lhr)
      }
      results.push(medianOfRuns(url, reports))
    }
    return results
  } finally {
    chrome.kill()
  }
}
