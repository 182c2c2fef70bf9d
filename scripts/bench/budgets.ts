import type { FirstPress } from './first-press'
import type { LighthouseResult } from './lighthouse-median'
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
  firstPressShareOfBaseline: 1.2,
  /** "Open the Run panel" on a hydrated pattern page → the example's form painted (issue 16). */
  runPanelOpenMedianMs: 250,
}

const kb = (bytes: number) => bytes / 1024
const isArticle = (path: string) => path.startsWith('/guide/')
const isInteractive = (path: string) =>
  path.startsWith('/decide/') || /^\/(scenarios|recipes)\/[^/]+\/$/.test(path)

/**
 * Articles against the same article built by vanilla Nextra (bench/plain-articles: the same words,
 * headings, tables, code blocks and callouts), so the check counts what we add and not how long an
 * article is; wizard, scenario and recipe pages against the baseline's short article.
 * Counted once hydrated, not before the reader's first intent (when it is 0 KB on every page):
 * everything a reader who moves the pointer downloads, before any click.
 */
export function weightChecks(
  site: PageWeight[],
  baselineArticle: PageWeight,
  plainArticles: PageWeight[],
): BudgetCheck[] {
  const check = (weight: PageWeight, reference: PageWeight, measure: string, limit: number) => {
    const over = kb(weight.jsGzipBytes - reference.jsGzipBytes)
    return {
      measure,
      page: weight.path,
      value: `${over >= 0 ? '+' : ''}${over.toFixed(1)} KB`,
      budget: `≤ +${limit} KB`,
      met: over <= limit,
    }
  }
  return site.flatMap((weight): BudgetCheck[] => {
    if (isArticle(weight.path)) {
      const plain = plainArticles.find((candidate) => candidate.path === weight.path)
      if (!plain) throw new Error(`The plain-Nextra baseline has no ${weight.path} to compare with`)
      return [
        check(
          weight,
          plain,
          'JS gzip once hydrated vs the same article on plain Nextra',
          budgets.articleJsOverBaselineKb,
        ),
      ]
    }
    if (isInteractive(weight.path)) {
      return [
        check(
          weight,
          baselineArticle,
          'JS gzip once hydrated vs baseline article',
          budgets.interactiveJsOverBaselineKb,
        ),
      ]
    }
    return []
  })
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

/** A median time in milliseconds against its limit. */
function medianCheck(measure: string, page: string, medianMs: number, limitMs: number): BudgetCheck {
  return {
    measure,
    page,
    value: `${medianMs.toFixed(1)} ms`,
    budget: `≤ ${limitMs} ms`,
    met: medianMs <= limitMs,
  }
}

export function clickCheck(medianMs: number): BudgetCheck {
  return medianCheck(
    'answer click → next question painted (median of 20)',
    '/decide/',
    medianMs,
    budgets.answerClickMedianMs,
  )
}

/**
 * Issue 16: the first press on a cold page at 4× CPU slowdown, against the baseline page it is
 * compared with (the same mapping as LCP), and every character typed right after load kept.
 */
export function firstPressChecks(
  site: FirstPress[],
  baselineOf: (path: string) => FirstPress,
): BudgetCheck[] {
  return site.flatMap((result): BudgetCheck[] => {
    const baseline = baselineOf(result.path)
    const pressCheck = (measure: string, ms: number, baselineMs: number): BudgetCheck => {
      const share = ms / baselineMs
      return {
        measure,
        page: result.path,
        value: `${Math.round(ms)} ms (${Math.round(share * 100)}% of ${Math.round(baselineMs)} ms)`,
        budget: `≤ ${budgets.firstPressShareOfBaseline * 100}%`,
        met: share <= budgets.firstPressShareOfBaseline,
      }
    }
    return [
      pressCheck(
        'first press → theme menu shown, cold, 4× CPU (median) vs baseline page',
        result.medianPressMs,
        baseline.medianPressMs,
      ),
      pressCheck(
        'first press → phone menu shown, 390 px, cold, 4× CPU (median) vs baseline page',
        result.medianPhonePressMs,
        baseline.medianPhonePressMs,
      ),
      {
        measure: 'keystrokes kept, typed at once after load, 4× CPU',
        page: result.path,
        value: `"${result.kept}" of "${result.typed}"`,
        budget: 'all',
        met: result.kept === result.typed,
      },
    ]
  })
}

export function runPanelCheck(medianMs: number): BudgetCheck {
  return medianCheck(
    '"Open the Run panel" press → example painted, page hydrated (median of 10)',
    '/patterns/webhook/',
    medianMs,
    budgets.runPanelOpenMedianMs,
  )
}
