// The sub-path the site is published under, from BASE_PATH at build time: empty for the root of a
// host, or a path such as /docs/next-boundaries (a project page on a static host, /docs on a company
// domain). next.config.mjs hands it to Next.js as `basePath`, and after-export.ts writes the sitemap
// with it; both read it through checkBasePath so a bad value stops the build with one message.

const segment = /^[A-Za-z0-9._~!$&'()*+,;=:@-]+$/

/**
 * BASE_PATH checked: '' (or unset) for the root, otherwise a path that starts with '/', has no
 * trailing slash and whose segments are plain URL path characters. Throws, naming the value, on
 * anything else.
 * @param {string | undefined} value
 * @returns {string}
 */
export function checkBasePath(value) {
  if (value === undefined || value === '') return ''
  /** @param {string} problem */
  const fail = (problem) => {
    throw new Error(`BASE_PATH=${JSON.stringify(value)} is not a sub-path to publish under: ${problem}.`)
  }
  if (!value.startsWith('/')) fail('it must start with "/"')
  if (value.endsWith('/'))
    fail('it must not end with "/" (write /docs, not /docs/; leave it empty for the root)')
  const segments = value.slice(1).split('/')
  if (segments.some((part) => !segment.test(part) || part === '.' || part === '..')) {
    fail('each segment must be plain URL path characters (no spaces, "//", "?", "#", "%", "." or "..")')
  }
  return value
}

/**
 * EXPORT_DIR checked: where `next build` writes the export instead of out/ (the browser tests build
 * the sub-path export into their own folder this way, leaving out/ as it is). A folder inside the
 * project, given relative to it; Next.js then keeps its build files in .next as usual.
 * @param {string | undefined} value
 * @returns {string | undefined}
 */
export function checkExportDir(value) {
  if (value === undefined || value === '') return undefined
  const parts = value.split(/[\\/]/)
  if (
    value.startsWith('/') ||
    /^[A-Za-z]:/.test(value) ||
    parts.includes('..') ||
    value.replace(/\/$/, '') === '.next' ||
    value === '.'
  ) {
    throw new Error(
      `EXPORT_DIR=${JSON.stringify(value)}: give a folder inside the project, relative to it, other than .next (out/ is the default).`,
    )
  }
  return value
}
