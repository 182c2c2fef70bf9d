/**
 * On a copy button's status while the loader has copied before React (hydration-loader.js): the
 * confirmation to show, drawn by CSS since the status's text is React's to render.
 */
export const copiedBeforeReactAttribute = 'data-copied-before-react'
