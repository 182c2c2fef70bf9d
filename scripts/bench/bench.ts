import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import {
  budgets,
  clickCheck,
  firstPressChecks,
  lighthouseChecks,
  runPanelCheck,
  weightChecks,
  type BudgetCheck,
} from './budgets'
import { launchChromium } from '../chromium'
import { measureAnswerClicks } from './click-latency'
import { median } from './median'
import { measureFirstPresses } from './first-press'
import { listPagePaths } from '../exported-site'
import { runLighthouse } from './lighthouse-audit'
import { measureRunPanelOpens, summary as runPanelSummary } from './run-panel-open'
import { measurePageWeights, type PageWeight } from './page-weight'
import { writePlainArticlesSite } from './plain-articles-site'
import { startStaticServer } from '../static-server'

/**
 * npm run bench [-- --json] [-- --no-build] [-- --no-lighthouse]
 * Builds our site, the vanilla Nextra 3 baseline in bench/baseline/, and the same baseline with our
 * guide articles as plain pages (bench/plain-articles/, generated), then measures, side by side with
 * them: the gzipped JS and CSS each page loads before any interaction and once hydrated, Lighthouse
 * mobile scores and LCP of five key pages, the wizard's answer-click latency and the time the Run panel
 * takes to open. Prints the budgets of issues 6 and 16 with the figures and exits 1 when any is missed.
 */
const siteDir = process.cwd()
const baselineDir = join(siteDir, 'bench/baseline')
const plainArticlesDir = join(siteDir, 'bench/plain-articles')
const slowBuildSeconds = 120

function timedBuild(dir: string, command: string[]): number {
  const started = performance.now()
  execFileSync(command[0]!, command.slice(1), {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  return (performance.now() - started) / 1000
}

// The key pages, each with the baseline page it is compared with: Lighthouse and LCP, first press.
const lighthousePages = [
  { path: '/', baseline: '/' },
  { path: '/guide/server-actions/', baseline: '/article/' },
  { path: '/decide/', baseline: '/article/' },
  { path: '/decide/app-router/page-needs-data/', baseline: '/article/' },
  { path: '/scenarios/stripe-webhook/', baseline: '/article/' },
  { path: '/recipes/streamed-answer/', baseline: '/article/' },
]

/** Rows (the first one is the header) as a Markdown table with aligned columns. */
function markdownTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
  return [
    line(rows[0]!),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n')
}

function budgetTable(checks: BudgetCheck[]): string {
  const rows = [
    ['measure', 'page', 'value', 'budget', 'met'],
    ...checks.map((c) => [c.measure, c.page, c.value, c.budget, c.met ? 'yes' : 'NO']),
  ]
  return markdownTable(rows)
}

async function lighthouseFigures(siteOut: string, baselineOut: string) {
  const [site, baseline] = await Promise.all([startStaticServer(siteOut), startStaticServer(baselineOut)])
  try {
    const baselinePaths = [...new Set(lighthousePages.map((page) => page.baseline))]
    const baselineResults = await runLighthouse(baselinePaths.map((path) => baseline.url + path))
    const siteResults = await runLighthouse(lighthousePages.map((page) => site.url + page.path))
    const baselineLcp = (path: string) => {
      const reference = lighthousePages.find((page) => page.path === path)!.baseline
      return baselineResults.find((result) => new URL(result.url).pathname === reference)!.lcpMs
    }
    return {
      site: siteResults,
      baseline: baselineResults,
      checks: lighthouseChecks(siteResults, baselineLcp),
    }
  } finally {
    await Promise.all([site.close(), baseline.close()])
  }
}

const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1)
const signedKilobytes = (bytes: number) => `${bytes >= 0 ? '+' : ''}${kilobytes(bytes)}`

function table(
  site: PageWeight[],
  baseline: PageWeight[],
  plainArticles: PageWeight[],
  reference: PageWeight,
): string {
  const otherSite = (who: string) => (weight: PageWeight) => [
    who,
    weight.path,
    kilobytes(weight.jsGzipBytes),
    kilobytes(weight.jsBeforeIntentGzipBytes),
    kilobytes(weight.cssGzipBytes),
    '',
    '',
    '',
    kilobytes(weight.prefetchedJsGzipBytes),
  ]
  const plainDifference = (weight: PageWeight) => {
    const plain = plainArticles.find((candidate) => candidate.path === weight.path)
    return plain ? signedKilobytes(weight.jsGzipBytes - plain.jsGzipBytes) : ''
  }
  const rows = [
    [
      'site',
      'page',
      'JS gzip KB',
      'JS before intent KB',
      'CSS gzip KB',
      'JS vs same article on plain Nextra',
      'JS vs baseline article',
      'CSS vs baseline article',
      'prefetched JS KB',
    ],
    ...baseline.map(otherSite('baseline')),
    ...plainArticles.map(otherSite('plain Nextra')),
    ...site.map((weight) => [
      'ours',
      weight.path,
      kilobytes(weight.jsGzipBytes),
      kilobytes(weight.jsBeforeIntentGzipBytes),
      kilobytes(weight.cssGzipBytes),
      plainDifference(weight),
      signedKilobytes(weight.jsGzipBytes - reference.jsGzipBytes),
      signedKilobytes(weight.cssGzipBytes - reference.cssGzipBytes),
      kilobytes(weight.prefetchedJsGzipBytes),
    ]),
  ]
  return markdownTable(rows)
}

/** The Run panel opened on a hydrated page (the budget) and by a press that is the first intent (reported). */
async function runPanelFigures(browser: Browser, siteOut: string) {
  const server = await startStaticServer(siteOut)
  try {
    return {
      hydrated: await measureRunPanelOpens(browser, server.url, { scenario: 'hydrated' }),
      'first-intent': await measureRunPanelOpens(browser, server.url, { scenario: 'first-intent' }),
    }
  } finally {
    await server.close()
  }
}

async function main() {
  const asJson = process.argv.includes('--json')
  const build = !process.argv.includes('--no-build')
  const withLighthouse = !process.argv.includes('--no-lighthouse')
  const log = (message: string) => (asJson ? process.stderr : process.stdout).write(message + '\n')

  const next = join(siteDir, 'node_modules/.bin/next')
  const buildSeconds = build
    ? {
        site: timedBuild(siteDir, ['npm', 'run', '--silent', 'build']),
        baseline: timedBuild(baselineDir, [next, 'build']),
      }
    : null
  const plainArticlePaths = writePlainArticlesSite(siteDir, baselineDir, plainArticlesDir)
  // Always built: writing the site replaces the last build, and it takes about half a minute.
  timedBuild(plainArticlesDir, [next, 'build'])
  const browser = await launchChromium()
  try {
    const siteOut = join(siteDir, 'out')
    const baselineOut = join(baselineDir, 'out')
    const site = await measurePageWeights(browser, siteOut, listPagePaths(siteOut))
    const baseline = await measurePageWeights(browser, baselineOut, listPagePaths(baselineOut))
    const plainArticles = await measurePageWeights(browser, join(plainArticlesDir, 'out'), plainArticlePaths)
    const reference = baseline.find((weight) => weight.path === '/article/')
    if (!reference) throw new Error('The baseline has no /article/ page to compare with')

    const clicks = await measureAnswerClicks(browser, siteOut)
    // Each of our key pages and its baseline page, pressed in turn, load by load.
    const pressed = await measureFirstPresses(
      browser,
      { site: siteOut, baseline: baselineOut },
      lighthousePages,
    )
    const presses = pressed.site
    const baselinePresses = pressed.baseline
    const baselinePressOf = (path: string) =>
      baselinePresses[lighthousePages.findIndex((page) => page.path === path)]!
    const runPanel = await runPanelFigures(browser, siteOut)
    const lighthouse = withLighthouse ? await lighthouseFigures(siteOut, baselineOut) : null
    const checks = [
      ...weightChecks(site, reference, plainArticles),
      ...(lighthouse?.checks ?? []),
      clickCheck(median(clicks)),
      ...firstPressChecks(presses, baselinePressOf),
      runPanelCheck(median(runPanel.hydrated.map((open) => open.totalMs))),
    ]

    const report = {
      measuredAt: new Date().toISOString(),
      buildSeconds,
      budgets,
      checks,
      answerClicksMs: clicks,
      firstPresses: { site: presses, baseline: baselinePresses },
      runPanelOpens: runPanel,
      lighthouse: lighthouse && { site: lighthouse.site, baseline: lighthouse.baseline },
      baselineReference: reference,
      baseline,
      plainArticles,
      site,
    }
    mkdirSync(join(siteDir, 'bench/results'), { recursive: true })
    writeFileSync(join(siteDir, 'bench/results/latest.json'), JSON.stringify(report, null, 2) + '\n')

    if (asJson) {
      process.stdout.write(JSON.stringify(report, null, 2) + '\n')
    } else {
      log(table(site, baseline, plainArticles, reference))
      log('\nRun panel, press → example painted:')
      for (const [scenario, opens] of Object.entries(runPanel))
        log(`  ${scenario.padEnd(12)} ${runPanelSummary(opens)}`)
      if (lighthouse) {
        log('\nLighthouse (mobile, simulated throttling):')
        for (const result of [
          ...lighthouse.baseline.map((r) => ({ ...r, who: 'baseline' })),
          ...lighthouse.site.map((r) => ({ ...r, who: 'ours' })),
        ]) {
          log(
            `  ${result.who.padEnd(8)} ${new URL(result.url).pathname.padEnd(40)} perf ${result.performance} a11y ${result.accessibility} bp ${result.bestPractices} seo ${result.seo} LCP ${result.lcpMs} ms`,
          )
        }
      }
      log('\nFirst press (theme menu, desktop; phone menu, 390 px) and typing at once, cold, 4× CPU:')
      for (const press of [
        ...baselinePresses.map((p) => ({ ...p, who: 'baseline' })),
        ...presses.map((p) => ({ ...p, who: 'ours' })),
      ]) {
        log(
          `  ${press.who.padEnd(8)} ${press.path.padEnd(40)} theme ${Math.round(press.medianPressMs)} ms [${press.pressMs.map(Math.round).join(', ')}]  phone ${Math.round(press.medianPhonePressMs)} ms [${press.phonePressMs.map(Math.round).join(', ')}]  typed "${press.typed}" kept "${press.kept}"`,
        )
      }
      log(`\nBudgets:\n${budgetTable(checks)}`)
      if (buildSeconds) {
        log(`\nbuild: site ${buildSeconds.site.toFixed(1)} s, baseline ${buildSeconds.baseline.toFixed(1)} s`)
      }
    }
    if (buildSeconds && buildSeconds.site > slowBuildSeconds) {
      log(
        `warning: the site build took ${buildSeconds.site.toFixed(0)} s, over ${slowBuildSeconds} s on this machine`,
      )
    }
    const missed = checks.filter((check) => !check.met)
    if (missed.length > 0) {
      log(`\n${missed.length} budget(s) missed.`)
      process.exitCode = 1
    }
  } finally {
    await browser.close()
  }
}

await main()
