import type { Browser, Page, Request } from 'playwright-core'
import { hydratedEvent } from '../../lib/hydration-signal'
import { launchChromium } from '../chromium'
import { startStaticServer } from '../static-server'
import { waitForHydration } from '../test/hydration'
import { median } from './median'

/**
 * "Open the Run panel" press → the runnable example painted, in Chromium with JavaScript on. Each
 * sample is a fresh browser context (empty cache) that loads the page and scrolls the panel into view;
 * then the pointer moves onto the button and presses it at once.
 *
 * - `first-intent`: the press is the reader's first intent (the page does not see the scroll), so it
 *   also loads Next.js and hydrates the page: hydrate-on-intent.ts holds the press and replays it once
 *   React is in charge.
 * - `scrolled`: the scroll to the panel is the first intent, as for most readers; the press follows at
 *   once, while the page is still loading its code.
 * - `hydrated`: the press comes once the page has hydrated and the network is quiet.
 *
 * The time runs from the pointerdown on the button to the first frame after the panel's form is in
 * the document with no "Loading the example code…" left in it.
 */
export const runPanelScenarios = ['first-intent', 'scrolled', 'hydrated'] as const
export type RunPanelScenario = (typeof runPanelScenarios)[number]

export type RunPanelOpen = {
  /** pointerdown → the example's form painted. */
  totalMs: number
  /** pointerdown → React had hydrated the page (negative when it had before the press). */
  hydratedMs: number
  /** pointerdown → "Loading the example code…" first in the document, or null when never shown. */
  loadingShownMs: number | null
}

const loadingText = 'Loading the example code…'

// Plain ES5 in a string: it runs in the page before any of the page's scripts. With __hideScrolls set,
// scroll events stop here, before the hydration loader's listener, until the pointer moves.
const probe = `(function () {
  var marks = (window.__runPanelMarks = {});
  function mark(name) { if (!(name in marks)) marks[name] = performance.now(); }
  addEventListener('scroll', function (event) { if (window.__hideScrolls) event.stopImmediatePropagation(); }, true);
  addEventListener('pointermove', function () { window.__hideScrolls = false; }, true);
  addEventListener('pointerdown', function () { mark('press'); }, true);
  addEventListener(${JSON.stringify(hydratedEvent)}, function () { mark('hydrated'); });
  new MutationObserver(function () {
    if (!('press' in marks) || 'shown' in marks) return;
    var panel = document.querySelector('section[aria-label="Run panel"]');
    if (!panel) return;
    var loading = panel.textContent.indexOf(${JSON.stringify(loadingText)}) >= 0;
    if (loading) mark('loadingShown');
    if (!loading && panel.querySelector('form')) {
      mark('shown');
      requestAnimationFrame(function () { setTimeout(function () { mark('painted'); }, 0); });
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`

type Marks = { press: number; hydrated?: number; loadingShown?: number; painted: number }

export async function measureRunPanelOpens(
  browser: Browser,
  siteUrl: string,
  { path = '/patterns/webhook/', scenario = 'first-intent', samples = 10 } = {} as {
    path?: string
    scenario?: RunPanelScenario
    samples?: number
  },
): Promise<RunPanelOpen[]> {
  const opens: RunPanelOpen[] = []
  for (let sample = 0; sample < samples; sample++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    try {
      await context.addInitScript({ content: probe })
      const page = await context.newPage()
      watchRequests(page)
      await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' })
      const button = page.getByRole('button', { name: 'Open the Run panel' })
      await button.evaluate((element, hide) => {
        ;(window as { __hideScrolls?: boolean }).__hideScrolls = hide
        element.scrollIntoView({ block: 'center' })
      }, scenario === 'first-intent')
      if (scenario === 'hydrated') {
        await waitForHydration(page)
        await quietNetwork(page)
      }
      const box = await button.boundingBox()
      if (!box) throw new Error(`No "Open the Run panel" button on ${path}`)
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      await page.mouse.down()
      await page.mouse.up()
      const marks = (await (
        await page.waitForFunction(() => {
          const found = (window as { __runPanelMarks?: { painted?: number } }).__runPanelMarks
          return found?.painted !== undefined && found
        })
      ).jsonValue()) as Marks
      opens.push({
        totalMs: marks.painted - marks.press,
        hydratedMs: (marks.hydrated ?? Number.NaN) - marks.press,
        loadingShownMs: marks.loadingShown === undefined ? null : marks.loadingShown - marks.press,
      })
    } finally {
      await context.close()
    }
  }
  return opens
}

const inFlight = new WeakMap<Page, Set<Request>>()

function watchRequests(page: Page) {
  const requests = new Set<Request>()
  inFlight.set(page, requests)
  page.on('request', (request) => requests.add(request))
  page.on('requestfinished', (request) => requests.delete(request))
  page.on('requestfailed', (request) => requests.delete(request))
}

/** Resolves once no request has been in flight for half a second (Next.js prefetches links once hydrated). */
async function quietNetwork(page: Page, quietMs = 500) {
  const requests = inFlight.get(page)!
  let quietSince = performance.now()
  while (performance.now() - quietSince < quietMs) {
    await page.waitForTimeout(50)
    if (requests.size > 0) quietSince = performance.now()
  }
}

/** Medians of the press → painted time, of the part before React had hydrated and of the rest. */
export function summary(opens: RunPanelOpen[]): string {
  const totals = opens.map((open) => open.totalMs)
  const hydrating = opens.map((open) => Math.max(0, open.hydratedMs))
  const afterHydration = opens.map((open) => open.totalMs - Math.max(0, open.hydratedMs))
  const shown = opens.filter((open) => open.loadingShownMs !== null).length
  return (
    `median ${median(totals).toFixed(0)} ms (min ${Math.min(...totals).toFixed(0)}, max ${Math.max(...totals).toFixed(0)}): ` +
    `${median(hydrating).toFixed(0)} hydrating, ${median(afterHydration).toFixed(0)} after; ` +
    `"${loadingText}" shown in ${shown} of ${opens.length}`
  )
}

// npx tsx scripts/bench/run-panel-open.ts [out …] [--samples=N] [--path=/patterns/webhook/] [--each]
// With several export folders, their samples alternate, so a busy machine weighs on each alike.
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
  const exportDirs = args.filter((arg) => !arg.startsWith('--'))
  if (exportDirs.length === 0) exportDirs.push('out')
  const samples = Number(option('samples') ?? 10)
  const path = option('path') ?? '/patterns/webhook/'
  const servers = await Promise.all(exportDirs.map((dir) => startStaticServer(dir)))
  const browser = await launchChromium()
  try {
    for (const scenario of runPanelScenarios) {
      const opens = servers.map((): RunPanelOpen[] => [])
      for (let sample = 0; sample < samples; sample++) {
        for (const [index, server] of servers.entries()) {
          opens[index]!.push(
            ...(await measureRunPanelOpens(browser, server.url, { path, scenario, samples: 1 })),
          )
        }
      }
      for (const [index, dir] of exportDirs.entries()) {
        console.log(`${scenario.padEnd(12)} ${dir} ${path}: ${summary(opens[index]!)}`)
        if (args.includes('--each'))
          for (const open of opens[index]!)
            console.log(
              `  total ${open.totalMs.toFixed(0)}, hydrated ${open.hydratedMs.toFixed(0)}, loading shown ${open.loadingShownMs?.toFixed(0) ?? '-'}`,
            )
      }
    }
  } finally {
    await browser.close()
    await Promise.all(servers.map((server) => server.close()))
  }
}
