/**
 * CORS for the browser extension: one explicit origin, never `*`, because these routes take a token.
 * An unknown origin gets no CORS headers, so the browser refuses to hand it the response.
 */
export const extensionOrigin = 'chrome-extension://nbexampleextensionidaaaaaaaaaaaa'

export function isAllowedOrigin(origin: string | null): boolean {
  return origin === extensionOrigin
}

export function corsHeaders(origin: string | null, methods: string): Record<string, string> {
  if (!isAllowedOrigin(origin)) return { Vary: 'Origin' }
  return {
    'Access-Control-Allow-Origin': extensionOrigin,
    'Access-Control-Allow-Methods': methods,
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  }
}

/** The answer to a preflight: 204 with the headers for an allowed origin, 403 for any other. */
export function preflight(request: Request, methods: string): Response {
  const origin = request.headers.get('origin')
  if (!isAllowedOrigin(origin)) {
    return Response.json(
      { error: 'origin_not_allowed', message: `Origin ${origin ?? '(none)'} may not call this API.` },
      { status: 403, headers: { Vary: 'Origin' } },
    )
  }
  return new Response(null, { status: 204, headers: corsHeaders(origin, methods) })
}
