import { preflight } from '@/lib/cors'
import { db } from '@/lib/db'
import { checkExtensionRequest } from '@/lib/extension-request'

const methods = 'GET, OPTIONS'

export function OPTIONS(request: Request): Response {
  return preflight(request, methods)
}

// The extension's popup shows who is signed in and their plan.
export function GET(request: Request): Response {
  const check = checkExtensionRequest(request, methods)
  if (!check.ok) return check.response
  const { id, name } = check.caller.user
  return Response.json(
    { id, name, subscription: db().subscriptions[id] ?? 'none' },
    { headers: { ...check.headers, 'Cache-Control': 'private, no-store' } },
  )
}
