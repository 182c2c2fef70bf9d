/**
 * The address a request came from, as the proxies in front of the app recorded it. Each proxy
 * appends the address it saw to X-Forwarded-For, so the last `trustedProxies` entries were written
 * by proxies we run; anything before them came from the client and can say anything. `next start`
 * with no proxy in front fills the header in only when the request has none, so there the client
 * chooses it: limit by something else too (an email address), never by the address alone.
 */
export function clientAddress(headers: Headers, trustedProxies = 1): string | null {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '')
  return hops[hops.length - trustedProxies] ?? null
}
