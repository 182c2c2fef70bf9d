import { createHash } from 'node:crypto'
import { hydratedEvent } from '../../lib/hydration-signal'

/**
 * Exported pages paint from their HTML alone and load Next.js when the reader first shows intent.
 *
 * `next build` puts every page's scripts in <head> as `<script src defer>`, so a phone downloads,
 * parses and hydrates about 200 KB of JavaScript before the page settles, although every article
 * and the whole wizard work as plain HTML (links and GET forms). This rewrite replaces those tags
 * with one small inline loader that adds the same scripts, in the same order, on the first sign of
 * a reader: a pointer moving or pressing, a touch, a key, a wheel turn, a scroll or a focus change.
 *
 * - The page data Next.js hydrates from (`__NEXT_DATA__`, up to 55 KB on a wizard result) moves out of
 *   the HTML into a content-hashed JSON file that the loader fetches with the scripts, so a reader who
 *   only reads downloads and parses less.
 * - Pages that cannot be complete as HTML load at once: the 404 page (it names the address it was
 *   asked for) and any address with a query string (a named feature, a shared plan).
 * - A click on a button before React is in charge (the theme menu, the phone menu, "Copy") is held
 *   and replayed on the same button once the page has hydrated, so no press is lost. Links and GET
 *   forms are left alone: they work without JavaScript.
 */

const nextScriptTag = /<script src="(\/_next\/static\/[^"]+\.js)" defer=""><\/script>/g
const nextDataTag = /<script id="__NEXT_DATA__" type="application\/json">([\s\S]*?)<\/script>/
/** Where the page data files go, inside the exported site. */
export const pageDataFolder = '_next/static/page-data'
/** The attribute that marks the inline loader's <script>. */
export const loaderMarker = 'data-hydrate-on-intent'

// Plain ES5 so any browser that runs it can parse it; its arguments are appended by hydrationLoader.
const loaderSource = `(function (sources, dataUrl, eager) {
  var w = window, d = document, started = false, held = [];
  var intents = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel', 'scroll', 'focusin'];
  function addScripts(data) {
    var script = d.createElement('script');
    script.id = '__NEXT_DATA__';
    script.type = 'application/json';
    script.textContent = data;
    d.body.appendChild(script);
    sources.forEach(function (src) {
      script = d.createElement('script');
      script.src = src;
      script.async = false;
      d.head.appendChild(script);
    });
  }
  function hydrate() {
    if (started) return;
    started = true;
    intents.forEach(function (type) { w.removeEventListener(type, hydrate, true); });
    var data = fetch(dataUrl).then(function (response) {
      if (!response.ok) throw new Error('The page data ' + dataUrl + ' answered ' + response.status);
      return response.text();
    });
    function start() {
      data.then(addScripts, function (error) { console.error('This page stays as plain HTML: ' + error.message); });
    }
    // Like defer: Next.js starts once the whole document is parsed.
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', start);
    else start();
  }
  function hold(event) {
    var button = event.target && event.target.closest && event.target.closest('button');
    if (!button) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (held.indexOf(button) < 0) held.push(button);
    hydrate();
  }
  w.addEventListener('click', hold, true);
  w.addEventListener(${JSON.stringify(hydratedEvent)}, function () {
    w.removeEventListener('click', hold, true);
    held.splice(0).forEach(function (button) { if (button.isConnected) button.click(); });
  }, { once: true });
  if (eager || location.search) hydrate();
  else intents.forEach(function (type) { w.addEventListener(type, hydrate, { capture: true, passive: true }); });
})`

/** The inline loader for these script sources and page data; `eager` loads them at once. */
export function hydrationLoader(sources: string[], dataUrl: string, eager: boolean): string {
  return `${loaderSource}(${JSON.stringify(sources)}, ${JSON.stringify(dataUrl)}, ${eager});`
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
      `${file}: no <script src="/_next/static/…" defer> tags or no __NEXT_DATA__ to defer; did next build change its markup?`,
    )
  }
  const dataFile = `${createHash('sha256').update(content).digest('hex').slice(0, 16)}.json`
  const loader = hydrationLoader(sources, `/${pageDataFolder}/${dataFile}`, eager)
  let first = true
  const rewritten = html.replace(nextDataTag, '').replace(nextScriptTag, () => {
    if (!first) return ''
    first = false
    return `<script ${loaderMarker}="">${loader}</script>`
  })
  return { html: rewritten, data: { file: dataFile, content } }
}
