import { getTokenCaller, type TokenCaller } from './auth'
import { corsHeaders, isAllowedOrigin } from './cors'
import { jsonError } from './http'

export type ExtensionRequest =
  { ok: true; caller: TokenCaller; headers: Record<string, string> } | { ok: false; response: Response }

/**
 * The two checks every browser-extension route makes before its own work: the request comes from
 * the extension's origin (403 otherwise, without CORS headers) and carries an extension token (401).
 */
export function checkExtensionRequest(request: Request, methods: string): ExtensionRequest {
  const origin = request.headers.get('origin')
  const headers = corsHeaders(origin, methods)
  if (!isAllowedOrigin(origin)) {
    return { ok: false, response: jsonError(403, 'origin_not_allowed', 'This origin may not call this API.') }
  }
  const caller = getTokenCaller(request, 'extension')
  if (!caller)
    return { ok: false, response: jsonError(401, 'unauthorized', 'Send an extension token.', { headers }) }
  return { ok: true, caller, headers }
}
