import { getTokenCaller } from '@/lib/auth'
import { corsHeaders, isAllowedOrigin, preflight } from '@/lib/cors'
import { db } from '@/lib/db'
import { jsonError } from '@/lib/http'

const methods = 'GET, OPTIONS'

export function OPTIONS(request: Request): Response {
  return preflight(request, methods)
}

// The extension's popup shows who is signed in and their plan.
export function GET(request: Request): Response {
  const origin = request.headers.get('origin')
  const headers = corsHeaders(origin, methods)
  if (!isAllowedOrigin(origin))
    return jsonError(403, 'origin_not_allowed', 'This origin may not call this API.')
  const caller = getTokenCaller(request, 'extension')
  if (!caller) return jsonError(401, 'unauthorized', 'Send an extension token.', { headers })
  const { id, name } = caller.user
  return Response.json(
    { id, name, subscription: db().subscriptions[id] ?? 'none' },
    { headers: { ...headers, 'Cache-Control': 'private, no-store' } },
  )
}
