/**
 * How a page tells the world React has taken over: `_app` sets this attribute on <html> and fires
 * this event on window once the first render is committed. The loader that defers hydration (see
 * scripts/build/hydrate-on-intent.ts) replays early clicks on it; tests and the bench wait for it.
 */
export const hydratedEvent = 'nb:hydrated'
export const hydratedAttribute = 'data-hydrated'
