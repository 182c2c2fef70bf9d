import { runInNewContext } from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import { hydratedEvent } from '../../lib/hydration-signal'
import { deferHydration, hydrationLoader, pageDataFolder } from './hydrate-on-intent'

const exportedPage = [
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/css/a.css"/>',
  '<script defer="" noModule="" src="/_next/static/chunks/polyfills-1.js"></script>',
  '<script src="/_next/static/chunks/webpack-1.js" defer=""></script>',
  '<script src="/_next/static/chunks/framework-1.js" defer=""></script>',
  '<script src="/_next/static/chunks/pages/guide-1.js" defer=""></script>',
  '</head><body><div id="__next"><h1>Guide</h1></div>',
  '<script id="__NEXT_DATA__" type="application/json">{"page":"/guide"}</script></body></html>',
].join('')

/** Runs a loader in a stand-in window and records what it does; `dataStatus` is how the page data answers. */
function runLoader(source: string, { search = '', readyState = 'complete', dataStatus = 200 } = {}) {
  const listeners = new Map<string, Set<(event: unknown) => void>>()
  const added: { src: string; async: boolean }[] = []
  const pageData: { id: string; textContent: string }[] = []
  const errors: string[] = []
  const fetched: string[] = []
  const window = {
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set())
      listeners.get(type)!.add(listener)
    },
    removeEventListener: (type: string, listener: (event: unknown) => void) =>
      listeners.get(type)?.delete(listener),
  }
  const parsed: (() => void)[] = []
  const document = {
    readyState,
    addEventListener: (type: string, listener: () => void) =>
      type === 'DOMContentLoaded' && parsed.push(listener),
    createElement: () => ({ src: '', async: true, id: '', type: '', textContent: '' }),
    head: { appendChild: (script: { src: string; async: boolean }) => added.push(script) },
    body: { appendChild: (script: { id: string; textContent: string }) => pageData.push(script) },
  }
  const fetch = async (url: string) => {
    fetched.push(url)
    return { ok: dataStatus === 200, status: dataStatus, text: async () => '{"page":"/guide"}' }
  }
  const console = { error: (message: string) => errors.push(message) }
  runInNewContext(source, { window, document, location: { search }, fetch, console })
  const fire = (type: string, event: Record<string, unknown> = {}) => {
    for (const listener of [...(listeners.get(type) ?? [])]) listener(event)
  }
  const finishParsing = () => parsed.splice(0).forEach((listener) => listener())
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
  return {
    added,
    pageData,
    errors,
    fetched,
    fire,
    finishParsing,
    settle,
    listening: (type: string) => listeners.get(type)?.size ?? 0,
  }
}

describe('deferHydration', () => {
  it('replaces the Next.js script tags with one loader that keeps their order, and moves the page data out', () => {
    const { html, data } = deferHydration(exportedPage, { file: 'guide/index.html', eager: false })
    expect(html).not.toMatch(/<script src="\/_next/)
    expect(html).not.toContain('<script id="__NEXT_DATA__"')
    expect(html.match(/<script data-hydrate-on-intent="">/g)).toHaveLength(1)
    expect(data).toEqual({
      file: expect.stringMatching(/^[0-9a-f]{16}\.json$/),
      content: '{"page":"/guide"}',
    })
    expect(html).toContain(
      `["/_next/static/chunks/webpack-1.js","/_next/static/chunks/framework-1.js","/_next/static/chunks/pages/guide-1.js"], "/${pageDataFolder}/${data!.file}", false)`,
    )
    // Untouched: the stylesheet and the legacy-browser polyfills.
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/css/a.css"/>')
    expect(html).toContain('noModule="" src="/_next/static/chunks/polyfills-1.js"')
  })

  it('leaves a page it has already rewritten as it is', () => {
    const once = deferHydration(exportedPage, { file: 'guide/index.html', eager: false })
    expect(deferHydration(once.html, { file: 'guide/index.html', eager: false })).toEqual({
      html: once.html,
      data: null,
    })
  })

  it('fails naming the file when a page has no Next.js scripts or no page data', () => {
    expect(() =>
      deferHydration('<html><body>hi</body></html>', { file: 'odd/index.html', eager: false }),
    ).toThrow('odd/index.html: no <script src="/_next/static/…" defer> tags or no __NEXT_DATA__')
    const withoutData = exportedPage.replace(/<script id="__NEXT_DATA__".*?<\/script>/, '')
    expect(() => deferHydration(withoutData, { file: 'odd/index.html', eager: false })).toThrow(
      'odd/index.html',
    )
  })
})

describe('the loader', () => {
  const sources = ['/_next/a.js', '/_next/b.js']
  const dataUrl = '/_next/static/page-data/abc.json'

  it('loads nothing until the reader shows intent, then the page data and every script once, in order', async () => {
    const page = runLoader(hydrationLoader(sources, dataUrl, false))
    await page.settle()
    expect(page.fetched).toEqual([])
    expect(page.added).toEqual([])
    page.fire('pointermove')
    page.fire('scroll')
    await page.settle()
    expect(page.fetched).toEqual([dataUrl])
    expect(page.pageData).toEqual([
      expect.objectContaining({
        id: '__NEXT_DATA__',
        type: 'application/json',
        textContent: '{"page":"/guide"}',
      }),
    ])
    expect(page.added).toEqual([
      expect.objectContaining({ src: '/_next/a.js', async: false }),
      expect.objectContaining({ src: '/_next/b.js', async: false }),
    ])
    expect(page.listening('keydown')).toBe(0)
  })

  it('loads at once on pages marked eager and on addresses with a query string', async () => {
    const eager = runLoader(hydrationLoader(sources, dataUrl, true))
    const query = runLoader(hydrationLoader(sources, dataUrl, false), { search: '?feature=invites' })
    await eager.settle()
    expect(eager.added).toHaveLength(2)
    expect(query.added).toHaveLength(2)
  })

  it('waits for the page to be parsed, as deferred scripts do', async () => {
    const page = runLoader(hydrationLoader(sources, dataUrl, true), { readyState: 'loading' })
    await page.settle()
    expect(page.added).toEqual([])
    page.finishParsing()
    await page.settle()
    expect(page.added).toHaveLength(2)
  })

  it('keeps the page as HTML and says why when the page data is missing', async () => {
    const page = runLoader(hydrationLoader(sources, dataUrl, true), { dataStatus: 404 })
    await page.settle()
    expect(page.added).toEqual([])
    expect(page.errors).toEqual([`This page stays as plain HTML: The page data ${dataUrl} answered 404`])
  })

  it('holds a click on a button until the page has hydrated, then presses it again', () => {
    const page = runLoader(hydrationLoader(sources, dataUrl, false))
    const button = { isConnected: true, click: vi.fn() }
    const click = {
      target: { closest: (selector: string) => (selector === 'button' ? button : null) },
      preventDefault: vi.fn(),
      stopImmediatePropagation: vi.fn(),
    }
    page.fire('click', click)
    expect(click.preventDefault).toHaveBeenCalled()
    expect(page.fetched).toEqual([dataUrl])
    expect(button.click).not.toHaveBeenCalled()

    page.fire(hydratedEvent)
    expect(button.click).toHaveBeenCalledTimes(1)
    expect(page.listening('click')).toBe(0)
  })

  it('lets clicks on links through untouched', () => {
    const page = runLoader(hydrationLoader(sources, dataUrl, false))
    const click = {
      target: { closest: () => null },
      preventDefault: vi.fn(),
      stopImmediatePropagation: vi.fn(),
    }
    page.fire('click', click)
    expect(click.preventDefault).not.toHaveBeenCalled()
  })
})
