import { runInNewContext } from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import { hydratedEvent } from '../lib/hydration-signal'
import { deferHydration, hydrationLoader } from './hydrate-on-intent'

const exportedPage = [
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/css/a.css"/>',
  '<script defer="" noModule="" src="/_next/static/chunks/polyfills-1.js"></script>',
  '<script src="/_next/static/chunks/webpack-1.js" defer=""></script>',
  '<script src="/_next/static/chunks/framework-1.js" defer=""></script>',
  '<script src="/_next/static/chunks/pages/guide-1.js" defer=""></script>',
  '</head><body><div id="__next"><h1>Guide</h1></div>',
  '<script id="__NEXT_DATA__" type="application/json">{"page":"/guide"}</script></body></html>',
].join('')

/** Runs a loader in a stand-in window and records what it does. */
function runLoader(source: string, search = '', readyState = 'complete') {
  const listeners = new Map<string, Set<(event: unknown) => void>>()
  const added: { src: string; async: boolean }[] = []
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
    createElement: () => ({ src: '', async: true }),
    head: { appendChild: (script: { src: string; async: boolean }) => added.push(script) },
  }
  runInNewContext(source, { window, document, location: { search } })
  const fire = (type: string, event: Record<string, unknown> = {}) => {
    for (const listener of [...(listeners.get(type) ?? [])]) listener(event)
  }
  const finishParsing = () => parsed.splice(0).forEach((listener) => listener())
  return { added, fire, finishParsing, listening: (type: string) => listeners.get(type)?.size ?? 0 }
}

describe('deferHydration', () => {
  it('replaces the Next.js script tags with one loader that keeps their order', () => {
    const html = deferHydration(exportedPage, { file: 'guide/index.html', eager: false })
    expect(html).not.toMatch(/<script src="\/_next/)
    expect(html.match(/<script data-hydrate-on-intent="">/g)).toHaveLength(1)
    expect(html).toContain(
      '["/_next/static/chunks/webpack-1.js","/_next/static/chunks/framework-1.js","/_next/static/chunks/pages/guide-1.js"], false)',
    )
    // Untouched: the stylesheet, the legacy-browser polyfills and the page data.
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/css/a.css"/>')
    expect(html).toContain('noModule="" src="/_next/static/chunks/polyfills-1.js"')
    expect(html).toContain('<script id="__NEXT_DATA__" type="application/json">{"page":"/guide"}</script>')
  })

  it('leaves a page it has already rewritten as it is', () => {
    const once = deferHydration(exportedPage, { file: 'guide/index.html', eager: false })
    expect(deferHydration(once, { file: 'guide/index.html', eager: false })).toBe(once)
  })

  it('fails naming the file when a page has no Next.js scripts', () => {
    expect(() =>
      deferHydration('<html><body>hi</body></html>', { file: 'odd/index.html', eager: false }),
    ).toThrow('odd/index.html: no <script src="/_next/static/…" defer> tags')
  })
})

describe('the loader', () => {
  const sources = ['/_next/a.js', '/_next/b.js']

  it('adds nothing until the reader shows intent, then every script once, in order', () => {
    const page = runLoader(hydrationLoader(sources, false))
    expect(page.added).toEqual([])
    page.fire('pointermove')
    page.fire('scroll')
    expect(page.added).toEqual([
      { src: '/_next/a.js', async: false },
      { src: '/_next/b.js', async: false },
    ])
    expect(page.listening('keydown')).toBe(0)
  })

  it('loads at once on pages marked eager and on addresses with a query string', () => {
    expect(runLoader(hydrationLoader(sources, true)).added).toHaveLength(2)
    expect(runLoader(hydrationLoader(sources, false), '?feature=invites').added).toHaveLength(2)
  })

  it('waits for the page to be parsed, since Next.js reads its data from the end of <body>', () => {
    const page = runLoader(hydrationLoader(sources, true), '', 'loading')
    expect(page.added).toEqual([])
    page.finishParsing()
    expect(page.added).toHaveLength(2)
  })

  it('holds a click on a button until the page has hydrated, then presses it again', () => {
    const page = runLoader(hydrationLoader(sources, false))
    const button = { isConnected: true, click: vi.fn() }
    const click = {
      target: { closest: (selector: string) => (selector === 'button' ? button : null) },
      preventDefault: vi.fn(),
      stopImmediatePropagation: vi.fn(),
    }
    page.fire('click', click)
    expect(click.preventDefault).toHaveBeenCalled()
    expect(page.added).toHaveLength(2)
    expect(button.click).not.toHaveBeenCalled()

    page.fire(hydratedEvent)
    expect(button.click).toHaveBeenCalledTimes(1)
    expect(page.listening('click')).toBe(0)
  })

  it('lets clicks on links through untouched', () => {
    const page = runLoader(hydrationLoader(sources, false))
    const click = {
      target: { closest: () => null },
      preventDefault: vi.fn(),
      stopImmediatePropagation: vi.fn(),
    }
    page.fire('click', click)
    expect(click.preventDefault).not.toHaveBeenCalled()
  })
})
