import { z } from 'zod'
import { preflight } from '@/lib/cors'
import { db, newId } from '@/lib/db'
import { checkExtensionRequest } from '@/lib/extension-request'
import { jsonError, readJson, validationError } from '@/lib/http'

const methods = 'POST, OPTIONS'
const auditSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'Send the http(s) URL of the audited page' }),
  score: z.number().int().min(0).max(100),
})

// The browser asks first (OPTIONS) because the extension sends Authorization and JSON.
export function OPTIONS(request: Request): Response {
  return preflight(request, methods)
}

export async function POST(request: Request): Promise<Response> {
  const check = checkExtensionRequest(request, methods)
  if (!check.ok) return check.response
  const { caller, headers } = check
  const body = await readJson(request)
  if (body === undefined) return jsonError(400, 'invalid_json', 'The body must be JSON.', { headers })
  const parsed = auditSchema.safeParse(body)
  if (!parsed.success) return validationError(parsed.error, { headers })

  const audit = { id: newId('audit'), ownerId: caller.user.id, ...parsed.data }
  db().audits.push(audit)
  return Response.json(audit, { status: 201, headers })
}
