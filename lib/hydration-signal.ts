/**
 * How a page tells the world React has taken over, part by part. Pages hydrate in three steps
 * (pages/_app.tsx and the theme's `main`): the app shell, whose commit puts React in charge of
 * events (`readyEvent`); then the site's chrome (header, sidebar, footer); then the article. Each of
 * the last two fires `partEvent` when committed and sets its attribute on <html>; the article's, the
 * last, also fires `hydratedEvent`. The loader that defers hydration (scripts/build/hydration-loader.js)
 * replays early presses on `readyEvent` and gives typed text back on `partEvent`; tests and the bench
 * wait for `hydratedAttribute`.
 */
export const readyEvent = 'nb:react-ready'
export const partEvent = 'nb:part-hydrated'
export const hydratedEvent = 'nb:hydrated'
export const hydratedAttribute = 'data-hydrated'
export const chromeHydratedAttribute = 'data-hydrated-chrome'

export type HydratedPart = 'chrome' | 'article'
