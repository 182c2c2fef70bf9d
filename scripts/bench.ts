import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from './chromium'
import { listPagePaths } from './exported-site'
import { measurePageWeights, type PageWeight } from './page-weight'

/**
 * npm run bench [-- --json] [-- --no-build]
 * Builds our site and the vanilla Nextra 3 baseline in bench/baseline/, then prints, per exported page,
 * the gzipped JS and CSS it loads before any interaction, side by side with the baseline's pages.
 */
const siteDir = process.cwd()
const baselineDir = join(siteDir, 'bench/baseline')
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

const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1)
const signedKilobytes = (bytes: number) => `${bytes >= 0 ? '+' : ''}${kilobytes(bytes)}`

function table(site: PageWeight[], baseline: PageWeight[], reference: PageWeight): string {
  const rows = [
    [
      'site',
      'page',
      'JS gzip KB',
      'CSS gzip KB',
      'JS vs baseline article',
      'CSS vs baseline article',
      'prefetched JS KB',
    ],
    ...baseline.map((weight) => [
      'baseline',
      weight.path,
      kilobytes(weight.jsGzipBytes),
      kilobytes(weight.cssGzipBytes),
      '',
      '',
      kilobytes(weight.prefetchedJsGzipBytes),
    ]),
    ...site.map((weight) => [
      'ours',
      weight.path,
      kilobytes(weight.jsGzipBytes),
      kilobytes(weight.cssGzipBytes),
      signedKilobytes(weight.jsGzipBytes - reference.jsGzipBytes),
      signedKilobytes(weight.cssGzipBytes - reference.cssGzipBytes),
      kilobytes(weight.prefetchedJsGzipBytes),
    ]),
  ]
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
  return [
    line(rows[0]!),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n')
}

async function main() {
  const asJson = process.argv.includes('--json')
  const build = !process.argv.includes('--no-build')
  const log = (message: string) => (asJson ? process.stderr : process.stdout).write(message + '\n')

  const buildSeconds = build
    ? {
        site: timedBuild(siteDir, ['npm', 'run', '--silent', 'build']),
        baseline: timedBuild(baselineDir, [join(siteDir, 'node_modules/.bin/next'), 'build']),
      }
    : null
  const browser = await launchChromium()
  try {
    const siteOut = join(siteDir, 'out')
    const baselineOut = join(baselineDir, 'out')
    const site = await measurePageWeights(browser, siteOut, listPagePaths(siteOut))
    const baseline = await measurePageWeights(browser, baselineOut, listPagePaths(baselineOut))
    const reference = baseline.find((weight) => weight.path === '/article/')
    if (!reference) throw new Error('The baseline has no /article/ page to compare with')

    const report = {
      measuredAt: new Date().toISOString(),
      buildSeconds,
      baselineReference: reference,
      baseline,
      site,
    }
    mkdirSync(join(siteDir, 'bench/results'), { recursive: true })
    writeFileSync(join(siteDir, 'bench/results/latest.json'), JSON.stringify(report, null, 2) + '\n')

    if (asJson) {
      process.stdout.write(JSON.stringify(report, null, 2) + '\n')
    } else {
      log(table(site, baseline, reference))
      if (buildSeconds) {
        log(`\nbuild: site ${buildSeconds.site.toFixed(1)} s, baseline ${buildSeconds.baseline.toFixed(1)} s`)
      }
    }
    if (buildSeconds && buildSeconds.site > slowBuildSeconds) {
      log(
        `warning: the site build took ${buildSeconds.site.toFixed(0)} s, over ${slowBuildSeconds} s on this machine`,
      )
    }
  } finally {
    await browser.close()
  }
}

await main()
