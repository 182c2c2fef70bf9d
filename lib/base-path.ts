/**
 * The sub-path the site is published under: '' at the root of its host, '/docs/next-boundaries'
 * when built with BASE_PATH=/docs/next-boundaries (next.config.mjs checks it and passes it on as
 * NEXT_PUBLIC_BASE_PATH, which Next.js writes into the pages and their scripts).
 *
 * `next/link`, Nextra's links and search, and `router.push`/`replace` add it themselves. Everything
 * else that writes a site address by hand goes through here: a plain `<a>` or a GET form's `action`,
 * a `fetch` of a file in public/, an absolute URL (canonical link, og:image, a link to copy) and an
 * address read back from `window.location`.
 */
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? ''

/** A site path ('/decide/') as the browser asks for it: '/docs/next-boundaries/decide/'. */
export function withBasePath(path: string, prefix: string = basePath): string {
  if (!path.startsWith('/')) throw new Error(`withBasePath: "${path}" is not a site path starting with "/"`)
  return prefix + path
}

/**
 * A path the browser shows ('/docs/next-boundaries/decide/x/') as a site path ('/decide/x/'), or null
 * when it lies outside the prefix.
 */
export function withoutBasePath(pathname: string, prefix: string = basePath): string | null {
  if (prefix === '') return pathname
  if (pathname === prefix) return '/'
  return pathname.startsWith(prefix + '/') ? pathname.slice(prefix.length) : null
}

/**
 * The public address of the site's root, for absolute links (canonical, og:image, the sitemap):
 * `siteUrl` with the prefix added, unless `siteUrl` already ends with it. No trailing slash.
 */
export function siteAddress(siteUrl: string, prefix: string = basePath): string {
  const origin = siteUrl.replace(/\/+$/, '')
  return prefix !== '' && origin.endsWith(prefix) ? origin : origin + prefix
}
