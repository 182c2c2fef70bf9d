/**
 * This site's public origin, for addresses that must be absolute: a redirect, the callback URL
 * registered with an identity provider. APP_ORIGIN when set, as it should be in production behind
 * a proxy that terminates HTTPS; otherwise the host the browser asked for. Not request.url alone:
 * under `next start -H 127.0.0.1` Next.js names the host localhost there, and a browser that is on
 * 127.0.0.1 would carry its cookies to neither.
 */
export function siteOrigin(request: Request): string {
  if (process.env.APP_ORIGIN) return process.env.APP_ORIGIN
  const url = new URL(request.url)
  const host = request.headers.get('host')
  return host ? `${url.protocol}//${host}` : url.origin
}
