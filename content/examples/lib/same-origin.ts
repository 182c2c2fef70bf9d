/**
 * CSRF defence for endpoints that take the session cookie. Next.js compares Origin
 * with Host only for Server Actions, so a Route Handler or a pages/api route that
 * changes data with a cookie must refuse a cross-site request itself. Web-standard
 * (Headers, URL) only: it runs under next start, in the tests and in the Run panel.
 */

export type MutationRefusal = {
  status: 403 | 415
  error: 'cross_site_request' | 'unsupported_media_type'
  message: string
  headers: Record<string, string>
}

/** What the check needs of a request; a Web Request has all three. */
export type RequestFacts = { method: string; headers: Headers; url: string }

// A cross-site read is the browser's business (CORS): it cannot change data.
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Null when the request may go on. A mutation gets 403 when the browser says it came
 * from another site (Origin, or Sec-Fetch-Site without Origin), and 415 when its body
 * is not JSON: an HTML form on another site can only post form encodings.
 */
export function refuseCrossSiteMutation(request: RequestFacts): MutationRefusal | null {
  if (safeMethods.has(request.method.toUpperCase())) return null
  const crossSite = crossSiteReason(request)
  if (crossSite) {
    return { status: 403, error: 'cross_site_request', message: crossSite, headers: {} }
  }
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim()
  if (mediaType?.toLowerCase() !== 'application/json') {
    return {
      status: 415,
      error: 'unsupported_media_type',
      message: 'Send the body as JSON, with Content-Type: application/json.',
      headers: { Accept: 'application/json' },
    }
  }
  return null
}

function crossSiteReason({ headers, url }: RequestFacts): string | null {
  const origin = headers.get('origin')
  if (origin === null) {
    // No Origin: a mobile app or a script, unless the browser's Sec-Fetch-Site says not.
    const site = headers.get('sec-fetch-site')
    if (site === 'cross-site' || site === 'same-site') {
      return `Sent from another site (Sec-Fetch-Site: ${site}).`
    }
    return null
  }
  const host = hostOf(headers, url)
  if (host !== null && hostOfUrl(origin) === host) return null
  const from = truncate(origin)
  return host === null
    ? `Origin ${from} cannot be checked: the request names no Host.`
    : `Origin ${from} is not ${host}: only pages of this site may change data.`
}

/** Where the browser sent it: a proxy's X-Forwarded-Host, then Host, then the URL. */
function hostOf(headers: Headers, url: string): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  const host = forwarded || headers.get('host')
  return host ? host.toLowerCase() : hostOfUrl(url)
}

/** The host of an absolute URL; null for a path or for the Origin "null". */
function hostOfUrl(value: string): string | null {
  try {
    return new URL(value).host
  } catch {
    return null
  }
}

// An Origin header is untrusted input: keep an echoed one short.
function truncate(value: string): string {
  return value.length > 100 ? `${value.slice(0, 100)}…` : value
}

type NodeHeaders = Record<string, string | string[] | undefined>

/** A pages/api request's headers as Web Headers, so both routers share one check. */
export function webHeaders(incoming: NodeHeaders): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue
    const values = Array.isArray(value) ? value : [value]
    for (const item of values) headers.append(name, item)
  }
  return headers
}
