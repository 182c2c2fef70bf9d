import type { Page, Route } from 'playwright-core'
import { describe, expect } from 'vitest'
import { hydrationLoader, loaderMarker, type LoaderOptions } from '../scripts/build/hydrate-on-intent'
import { chromeHydratedAttribute, hydratedEvent, partEvent, readyEvent } from '../lib/hydration-signal'
import { siteTest } from './harness/site-test'

/**
 * The inline loader (scripts/build/hydration-loader.js) in a real Chromium, on a small page whose
 * "Next.js" is a script that behaves as React does at hydration: it takes charge of events, then
 * mounts each part, resetting a field from its own state (as the theme's search box does) or
 * rendering a field anew. The test decides when that script arrives, so what happens before and
 * during hydration is not left to timing.
 */
const origin = 'http://loader.test'
const dataUrl = '/_next/static/page-data/abc.json'
const scriptUrl = '/_next/static/chunks/hydrate.js'

const body = `<div id="__next">
  <input type="search" id="search" placeholder="Search">
  <textarea name="notes"></textarea>
  <select name="kind"><option>page</option><option>stream</option></select>
  <button id="theme" type="button">Theme</button>
  <p>Text to read.</p>
</div>`

// What React does, in the order it does it. `window.state` is the components' state, kept from the
// input events they receive.
const fakeNextJs = `
window.state = { search: '', notes: '', kind: 'page' }
window.pressed = []
document.addEventListener('input', function (event) { window.state[event.target.id || event.target.name] = event.target.value })
document.addEventListener('change', function (event) { window.state[event.target.name] = event.target.value })
document.getElementById('theme').addEventListener('click', function () { window.pressed.push('theme') })
function hydrate(node) { node.__reactFiber$test = {} }
dispatchEvent(new Event(${JSON.stringify(readyEvent)}))
setTimeout(function () {
  document.getElementById('search').value = ''
  hydrate(document.getElementById('search'))
  document.documentElement.setAttribute(${JSON.stringify(chromeHydratedAttribute)}, '')
  dispatchEvent(new Event(${JSON.stringify(partEvent)}))
  setTimeout(function () {
    var old = document.querySelector('textarea')
    var fresh = document.createElement('textarea')
    fresh.name = 'notes'
    old.replaceWith(fresh)
    document.querySelector('select').value = 'page'
    hydrate(fresh)
    hydrate(document.querySelector('select'))
    document.documentElement.setAttribute('data-hydrated', '')
    dispatchEvent(new Event(${JSON.stringify(partEvent)}))
    dispatchEvent(new Event(${JSON.stringify(hydratedEvent)}))
  }, 0)
}, 0)
`

type Fixture = { page: Page; requested: string[]; release: () => void }

async function openFixture(
  page: Page,
  options: Partial<LoaderOptions> = {},
  { query = '', dataStatus = 200 } = {},
): Promise<Fixture> {
  const loader = hydrationLoader({
    sources: [origin + scriptUrl],
    data: origin + dataUrl,
    eager: false,
    afterPaint: false,
    ...options,
  })
  const requested: string[] = []
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(`${origin}/**`, async (route: Route) => {
    const url = new URL(route.request().url())
    requested.push(url.pathname)
    if (url.pathname === '/') {
      const html = `<!DOCTYPE html><html><head><script ${loaderMarker}="">${loader}</script></head><body>${body}</body></html>`
      return route.fulfill({ contentType: 'text/html', body: html })
    }
    if (url.pathname === dataUrl) {
      return route.fulfill({ status: dataStatus, contentType: 'application/json', body: '{"page":"/"}' })
    }
    if (url.pathname === scriptUrl) {
      await released
      return route.fulfill({ contentType: 'text/javascript', body: fakeNextJs })
    }
    return route.fulfill({ status: 404, body: '' })
  })
  await page.goto(`${origin}/${query}`, { waitUntil: 'load' })
  return { page, requested, release }
}

const hydrated = (page: Page) =>
  page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'))
const state = (page: Page) =>
  page.evaluate(() => (window as unknown as { state: Record<string, string> }).state)

describe('the hydration loader', () => {
  siteTest('loads nothing before intent, then the page data and each script once', async ({ site }) => {
    const { page, requested, release } = await openFixture(await site.open())
    expect(requested).toEqual(['/'])
    release()
    await page.mouse.move(10, 10)
    await page.mouse.move(20, 20)
    await hydrated(page)
    expect(requested).toEqual(['/', dataUrl, scriptUrl])
    expect(await page.locator('script#__NEXT_DATA__').textContent()).toBe('{"page":"/"}')
  })

  siteTest('loads once the page is painted, without intent, when asked to', async ({ site }) => {
    const { page, release } = await openFixture(await site.open(), { afterPaint: true })
    release()
    await hydrated(page)
  })

  siteTest('loads at once on eager pages and on addresses with a query string', async ({ site }) => {
    const eager = await openFixture(await site.open(), { eager: true })
    const query = await openFixture(await site.open(), {}, { query: '?feature=invites' })
    eager.release()
    query.release()
    await hydrated(eager.page)
    await hydrated(query.page)
  })

  // Outside the session (which fails a test on any console error or error status): both are expected.
  siteTest('keeps the page as HTML and says why when the page data is missing', async ({ browser }) => {
    const page = await browser.newPage()
    try {
      const errors: string[] = []
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
      const fixture = await openFixture(page, { eager: true }, { dataStatus: 404 })
      await expect
        .poll(() => errors)
        .toContain(`This page stays as plain HTML: The page data ${origin}${dataUrl} answered 404`)
      expect(fixture.requested).not.toContain(scriptUrl)
    } finally {
      await page.close()
    }
  })

  siteTest('holds a press on a button until React is in charge, then presses it again', async ({ site }) => {
    const { page, release } = await openFixture(await site.open())
    await page.click('#theme')
    release()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { pressed: string[] }).pressed))
      .toEqual(['theme'])
  })

  siteTest('gives back what was typed, pasted and chosen before each field hydrated', async ({ site }) => {
    const { page, release } = await openFixture(await site.open())
    await page.click('textarea')
    await page.keyboard.insertText('pasted notes')
    await page.selectOption('select', 'stream')
    await page.click('#search')
    await page.keyboard.type('web')
    // The caret goes back two characters before React arrives: it must stay there.
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    release()
    await hydrated(page)
    await page.keyboard.type('X')

    expect(await page.inputValue('#search')).toBe('wXeb')
    expect(await page.inputValue('textarea')).toBe('pasted notes')
    expect(await page.inputValue('select')).toBe('stream')
    // The components heard it: their state holds what the fields show.
    expect(await state(page)).toEqual({ search: 'wXeb', notes: 'pasted notes', kind: 'stream' })
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search')
  })

  siteTest('answers the search shortcuts before the header has hydrated', async ({ site }) => {
    const { page } = await openFixture(await site.open())
    await page.keyboard.press('Control+k')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search')
    await page.keyboard.type('/')
    expect(await page.inputValue('#search')).toBe('/')

    await page.evaluate(() => (document.activeElement as HTMLElement).blur())
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search')
  })

  siteTest('marks the theme the reader chose before anything renders', async ({ site }) => {
    const dark = await openFixture(await site.open({ theme: 'dark' }))
    expect(await dark.page.evaluate(() => document.documentElement.dataset.themeChoice)).toBe('dark')
    const fresh = await openFixture(await site.open({ storeTheme: false }))
    expect(await fresh.page.evaluate(() => document.documentElement.dataset.themeChoice)).toBe('system')
  })
})
