import type { LighthouseResult } from './lighthouse-audit'
import type { PageWeight } from './page-weight'

/**
 * The budgets of issue 6, checked against one bench run. Each check names the measure, the page,
 * the value, the limit and whether it is met; the bench exits non-zero when any is not.
 */
export type BudgetCheck = { measure: string; page: string; value: string; budget: string; met: boolean }

export const budgets = {
  articleJsOverBaselineKb: 5,
  interactiveJsOverBaselineKb: 25,
  lighthouse: { performance: 98, accessibility: 100, bestPractices: 100, seo: 100 },
  lcpShareOfBaseline: 0.6,
  answerClickMedianMs: 100,
}

const kb = (bytes: number) => bytes / 1024
const isArticle = (path: string) => path.startsWith('/guide/')
const isInteractive = (path: string) => path.startsWith('/decide/') || /^\/scenarios\/[^/]+\/$/.test(path)

export function weightChecks(site: PageWeight[], baselineArticle: PageWeight): BudgetCheck[] {
  const checks: BudgetCheck[] = []
  for (const weight of site) {
    const limit = isArticle(weight.path)
      ? budgets.articleJsOverBaselineKb
      : isInteractive(weight.path)
        ? budgets.interactiveJsOverBaselineKb
        : null
    if (limit === null) continue
    // Counted once hydrated, not before the reader's first intent (when it is 0 KB on every page):
    // everything a reader who moves the pointer downloads, before any click.
    const over = kb(weight.jsGzipBytes - baselineArticle.jsGzipBytes)
    checks.push({
      measure: 'JS gzip once hydrated vs baseline article',
      page: weight.path,
      value: `${over >= 0 ? '+' : ''}${over.toFixed(1)} KB`,
      budget: `≤ +${limit} KB`,
      met: over <= limit,
    })
  }
  return checks
}

export function lighthouseChecks(
  site: LighthouseResult[],
  baselineLcpMs: (url: string) => number,
): BudgetCheck[] {
  const { lighthouse } = budgets
  return site.flatMap((result) => {
    const page = new URL(result.url).pathname
    const baseline = baselineLcpMs(page)
    const score = (measure: string, value: number, min: number): BudgetCheck => ({
      measure: `Lighthouse mobile ${measure}`,
      page,
      value: String(value),
      budget: `≥ ${min}`,
      met: value >= min,
    })
    return [
      score('performance', result.performance, lighthouse.performance),
      score('accessibility', result.accessibility, lighthouse.accessibility),
      score('best practices', result.bestPractices, lighthouse.bestPractices),
      score('SEO', result.seo, lighthouse.seo),
      {
        measure: 'LCP vs baseline page',
        page,
        value: `${result.lcpMs} ms (${Math.round((result.lcpMs / baseline) * 100)}% of ${baseline} ms)`,
        budget: `≤ ${budgets.lcpShareOfBaseline * 100}%`,
        met: result.lcpMs <= baseline * budgets.lcpShareOfBaseline,
      },
    ]
  })
}

export function clickCheck(medianMs: number): BudgetCheck {
  return {
    measure: 'answer click → next question painted (median of 20)',
    page: '/decide/',
    value: `${medianMs.toFixed(1)} ms`,
    budget: `≤ ${budgets.answerClickMedianMs} ms`,
    met: medianMs <= budgets.answerClickMedianMs,
  }
}
