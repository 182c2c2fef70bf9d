import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { hydratedEvent, partEvent, readyEvent } from '../../lib/hydration-signal'
import { codeWrapAttribute, codeWrapStorageKey } from '../../lib/code-wrap'
import { themeButtonSelector, themeNames, themeStorageKey } from '../../lib/theme-storage'
import { phoneMenuAttribute, phoneMenuButtonSelector } from '../../lib/phone-menu'
import { copiedBeforeReactAttribute } from '../../lib/copy-before-react'

/**
 * Exported pages paint from their HTML alone and load Next.js on the reader's first intent.
 *
 * `next build` puts every page's scripts in <head> as `<script src defer>`, so a phone downloads,
 * parses and hydrates about 200 KB of JavaScript before the page settles, although every article
 * and the whole wizard work as plain HTML (links and GET forms). This rewrite replaces those tags
 * with one small inline loader (hydration-loader.js) that adds the same scripts, in the same order,
 * on the first sign of a reader (a pointer moving or pressing, a touch, a key, a wheel turn, a
 * scroll or a focus change). React then hydrates the page in slices, the header and sidebar before
 * the article, and a part the reader presses first (pages/_app.tsx).
 *
 * - The page data Next.js hydrates from (`__NEXT_DATA__`, up to 55 KB on a wizard result) moves out of
 *   the HTML into a content-hashed JSON file that the loader fetches with the scripts.
 * - Pages that cannot be complete as HTML load at once: the 404 page (it names the address it was
 *   asked for) and any address with a query string (a named feature, a shared plan).
 * - Until React is in charge, the loader holds a press on a button and replays it, answers the search
 *   shortcuts, and gives each field back what the reader typed before its component hydrated.
 *   Links and GET forms are left alone: they work without JavaScript.
 * - A site built with a base path (BASE_PATH) has it in every script address; the page data
 *   address takes the same prefix.
 */

const nextScriptTag = /<script src="([^"]*\/_next\/static\/[^"]+\.js)" defer=""><\/script>/g
const nextDataTag = /<script id="__NEXT_DATA__" type="application\/json">([\s\S]*?)<\/script>/
/** Where the page data files go, inside the exported site. */
export const pageDataFolder = '_next/static/page-data'
/** The attribute that marks the inline loader's <script>. */
export const loaderMarker = 'data-hydrate-on-intent'

export type LoaderOptions = {
  /** The Next.js scripts, in the order the page listed them. */
  sources: string[]
  /** The page data file. */
  data: string
  /** Load at once instead of on intent. */
  eager: boolean
  /** Also load once the parsed page has been painted, without waiting for intent. */
  afterPaint: boolean
}

// The browser code, with its whole-line comments and indentation removed: the loader and the
// buttons it answers before React arrives.
const loaderSource = [
  './swap-classes.js',
  './theme-menu-before-react.js',
  './phone-menu-before-react.js',
  './copy-before-react.js',
  './hydration-loader.js',
]
  .map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'))
  .join('\n')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('//') && !line.startsWith('/*'))
  .join('\n')

/** The inline loader for these options. */
export function hydrationLoader(options: LoaderOptions): string {
  const call = {
    ...options,
    themeKey: themeStorageKey,
    themeButton: themeButtonSelector,
    themeNames,
    phoneMenuButton: phoneMenuButtonSelector,
    phoneMenuAttribute,
    copiedAttribute: copiedBeforeReactAttribute,
    codeWrap: { key: codeWrapStorageKey, attribute: codeWrapAttribute },
    events: { ready: readyEvent, part: partEvent, hydrated: hydratedEvent },
  }
  return `(function(){${loaderSource}\nhydrateOnIntent(${JSON.stringify(call)})})();`
}

export type DeferredPage = {
  html: string
  /** The page data to write at `/${pageDataFolder}/${file}`; null for a page rewritten before. */
  data: { file: string; content: string } | null
}

/**
 * Rewrites one exported page: its Next.js script tags become the loader and its page data leaves
 * the HTML. Pages already rewritten are returned unchanged; a page without the tags fails, naming
 * the file, since every exported page has them unless `next build` changed its markup.
 */
export function deferHydration(
  html: string,
  { file, eager }: { file: string; eager: boolean },
): DeferredPage {
  if (html.includes(loaderMarker)) return { html, data: null }
  const sources = [...html.matchAll(nextScriptTag)].map((match) => match[1]!)
  const content = nextDataTag.exec(html)?.[1]
  if (sources.length === 0 || content === undefined) {
    throw new Error(
      `${file}: no <script src="…/_next/static/…" defer> tags or no __NEXT_DATA__ to defer; did next build change its markup?`,
    )
  }
  const dataFile = `${createHash('sha256').update(content).digest('hex').slice(0, 16)}.json`
  const basePath = sources[0]!.slice(0, sources[0]!.indexOf('/_next/static/'))
  const loader = hydrationLoader({
    sources,
    data: `${basePath}/${pageDataFolder}/${dataFile}`,
    eager,
    // Measured: loading once painted makes a first press a moment later faster, but hydrating
    // right after the first paint costs Lighthouse's Total Blocking Time (mobile performance fell
    // from 100 to 82-84), so pages wait for intent.
    afterPaint: false,
  })
  let first = true
  const rewritten = html.replace(nextDataTag, '').replace(nextScriptTag, () => {
    if (!first) return ''
    first = false
    return `<script ${loaderMarker}="">${loader}</script>`
  })
  return { html: rewritten, data: { file: dataFile, content } }
}
