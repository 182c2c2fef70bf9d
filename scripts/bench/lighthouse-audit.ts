import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { chromiumPath } from '../chromium'

/**
 * Lighthouse with its default mobile settings (simulated throttling) against the system Chromium:
 * the four category scores (0–100) and the Largest Contentful Paint in milliseconds, from the median
 * of `runs` runs per page (Lighthouse's own pick: the run closest to the median FCP and TTI). One run
 * on this machine can land a point or two lower on performance.
 */
export type LighthouseResult = {
  url: string
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo']

export async function runLighthouse(urls: string[], runs = 3): Promise<LighthouseResult[]> {
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
      const { categories: scores, audits } = computeMedianRun(reports)
      const score = (id: string) => Math.round((scores[id]?.score ?? 0) * 100)
      results.push({
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
      })
    }
    return results
  } finally {
    chrome.kill()
  }
}
