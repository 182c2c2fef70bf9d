import { hydratedEvent } from '../lib/hydration-signal'

/**
 * Exported pages paint from their HTML alone and load Next.js when the reader first shows intent.
 *
 * `next build` puts every page's scripts in <head> as `<script src defer>`, so a phone downloads,
 * parses and hydrates about 200 KB of JavaScript before the page settles, although every article
 * and the whole wizard work as plain HTML (links and GET forms). This rewrite replaces those tags
 * with one small inline loader that adds the same scripts, in the same order, on the first sign of
 * a reader: a pointer moving or pressing, a touch, a key, a wheel turn, a scroll or a focus change.
 *
 * - Pages that cannot be complete as HTML load at once: the 404 page (it names the address it was
 *   asked for) and any address with a query string (a named feature, a shared plan).
 * - A click on a button before React is in charge (the theme menu, the phone menu, "Copy") is held
 *   and replayed on the same button once the page has hydrated, so no press is lost. Links and GET
 *   forms are left alone: they work without JavaScript.
 */

const nextScriptTag = /<script src="(\/_next\/static\/[^"]+\.js)" defer=""><\/script>/g
const loaderMarker = 'data-hydrate-on-intent'

// Plain ES5 so any browser that runs it can parse it; sources and eager are appended as arguments.
const loaderSource = `(function (sources, eager) {
  var w = window, d = document, started = false, held = [];
  var intents = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel', 'scroll', 'focusin'];
  function addScripts() {
    sources.forEach(function (src) {
      var script = d.createElement('script');
      script.src = src;
      script.async = false;
      d.head.appendChild(script);
    });
  }
  function hydrate() {
    if (started) return;
    started = true;
    intents.forEach(function (type) { w.removeEventListener(type, hydrate, true); });
    // Next.js reads its page data from the end of <body>: like defer, wait until it is parsed.
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', addScripts);
    else addScripts();
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

/** The inline loader for these script sources; `eager` loads them at once. */
export function hydrationLoader(sources: string[], eager: boolean): string {
  return `${loaderSource}(${JSON.stringify(sources)}, ${eager});`
}

/**
 * Rewrites one exported page: its Next.js script tags become the loader. Pages already rewritten
 * are returned unchanged; a page without the tags fails, naming the file, since every exported page
 * has them unless `next build` changed its markup.
 */
export function deferHydration(html: string, { file, eager }: { file: string; eager: boolean }): string {
  if (html.includes(loaderMarker)) return html
  const sources = [...html.matchAll(nextScriptTag)].map((match) => match[1]!)
  if (sources.length === 0) {
    throw new Error(
      `${file}: no <script src="/_next/static/…" defer> tags to defer; did next build change its markup?`,
    )
  }
  let first = true
  return html.replace(nextScriptTag, () => {
    if (!first) return ''
    first = false
    return `<script ${loaderMarker}="">${hydrationLoader(sources, eager)}</script>`
  })
}
