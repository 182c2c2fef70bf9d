/** Where the browser may land after signing in: a path of this site, never another site. */

export const defaultReturnTo = '/members'

/**
 * `value` when it is a path on this site, else the default. `//evil.example/`, `/\evil.example`,
 * `https://evil.example` and `javascript:` all leave the site once a browser resolves them, and a
 * path under /auth/ would start the sign-in again.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return defaultReturnTo
  }
  const base = 'https://this.site.invalid'
  const url = new URL(value, base)
  if (url.origin !== base || url.pathname.startsWith('/auth/')) return defaultReturnTo
  return `${url.pathname}${url.search}${url.hash}`
}
