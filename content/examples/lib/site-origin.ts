/**
 * This site's public origin, for addresses that must be absolute: a redirect, the callback URL
 * registered with an identity provider. APP_ORIGIN when set, as it should be in production behind
 * a proxy that terminates HTTPS. Otherwise the host the browser asked for, as a reverse proxy (or
 * Next.js itself) passes it on in X-Forwarded-Host, else the Host header. Not request.url: Next.js
 * writes the loopback address 127.0.0.1 as localhost there, and a browser sent from 127.0.0.1 to
 * localhost leaves its cookies behind.
 */
export function siteOrigin(request: Request): string {
  if (process.env.APP_ORIGIN) return process.env.APP_ORIGIN
  const url = new URL(request.url)
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  return host ? `${url.protocol}//${host}` : url.origin
}
