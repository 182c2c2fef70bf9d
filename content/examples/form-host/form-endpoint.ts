import { z } from 'zod'
import { db, newId } from '@/lib/db'

/**
 * Stand-in for a hosted form service, the kind of endpoint a statically exported site posts its
 * forms to. It runs on the service's servers, never in your site: the example app mounts it at
 * app/fake-form-host/[form]/route.ts only so its tests can reach it. Same HTTP shape as common
 * form services: POST the form's fields (multipart, URL-encoded or JSON) with
 * `Accept: application/json`; 200 `{ ok, message }`, 422 `{ ok: false, errors: [{ field,
 * message }] }`, 429 with Retry-After, and CORS for any origin, since the page is on another one.
 */

const email = z.email('Enter an email address like name@example.com')
const forms = { newsletter: z.object({ email }) }

/** The field people never see and bots fill in. */
export const honeypotField = '_gotcha'

export const rateLimit = { submissions: 5, windowMs: 10 * 60_000 }

export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
}

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...corsHeaders, ...headers } })

async function fieldsOf(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const type = request.headers.get('content-type') ?? ''
    const fields = type.startsWith('application/json')
      ? await request.json()
      : Object.fromEntries(await request.formData())
    return fields as Record<string, unknown>
  } catch {
    return null
  }
}

/** The address that sent the request, as the service's proxy reports it. */
function clientAddress(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown'
}

/** True when this address may submit once more now; records the submission. */
function withinRateLimit(address: string, now: number): boolean {
  const recent = (db().formHostHits[address] ?? []).filter((at) => now - at < rateLimit.windowMs)
  db().formHostHits[address] = recent
  if (recent.length >= rateLimit.submissions) return false
  recent.push(now)
  return true
}

// #region endpoint
/** A submission to the form named `form`. */
export async function receiveSubmission(request: Request, form: string, now = Date.now()) {
  const schema = forms[form as keyof typeof forms]
  if (!schema) return answer(404, { ok: false, message: `No form named ${form}.` })
  if (!withinRateLimit(clientAddress(request), now)) {
    const retryAfter = String(rateLimit.windowMs / 1000)
    return answer(
      429,
      { ok: false, message: 'Too many submissions. Try again later.' },
      { 'Retry-After': retryAfter },
    )
  }
  const fields = await fieldsOf(request)
  if (!fields) return answer(400, { ok: false, message: 'Send the form as form data or JSON.' })
  // A bot filled the hidden field: thank it like anyone else and keep nothing.
  const thanks = { ok: true, message: 'Thanks! Check your inbox to confirm your subscription.' }
  const honeypot = fields[honeypotField]
  if (typeof honeypot === 'string' && honeypot !== '') return answer(200, thanks)
  const parsed = schema.safeParse(fields)
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message,
    }))
    return answer(422, { ok: false, errors })
  }
  db().newsletterSignups.push({ id: newId('sub'), email: parsed.data.email, form })
  return answer(200, thanks)
}
// #endregion endpoint

/** The browser's preflight before a cross-origin post with a JSON body or custom headers. */
export function answerPreflight(): Response {
  const headers = { ...corsHeaders, 'Access-Control-Max-Age': '600' }
  return new Response(null, { status: 204, headers })
}
