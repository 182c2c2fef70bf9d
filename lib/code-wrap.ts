/**
 * The reader's "wrap lines" choice for code blocks: one choice for every block, kept in localStorage
 * and shown as an attribute on <html>, which the hydration loader sets before the first paint and the
 * CSS of code blocks reads (components/snippet/CodeBlock.module.css).
 */
export const codeWrapStorageKey = 'nb-code-wrap'
/** The attribute on <html> while long lines wrap. */
export const codeWrapAttribute = 'data-code-wrap'
