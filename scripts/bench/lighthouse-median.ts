import { median } from './median'

/** One page's Lighthouse figures: category scores 0–100, Largest Contentful Paint in milliseconds. */
export type LighthouseResult = {
  url: string
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
}

/** One run's figures, as Lighthouse reports them: category scores 0–1, LCP in milliseconds. */
export type LighthouseRun = {
  categories: Record<string, { score: number | null } | undefined>
  audits: Record<string, { numericValue?: number } | undefined>
}

/** The median of each figure over the runs of one page. */
export function medianOfRuns(url: string, reports: LighthouseRun[]): LighthouseResult {
  const score = (id: string) =>
    Math.round(median(reports.map((report) => Math.round((report.categories[id]?.score ?? 0) * 100))))
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(
      median(reports.map((report) => report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN)),
    ),
  }
}
