import { verifyStripeSignature } from '@/features/billing/stripe-signature'
import { applyBillingEvent, webhookSecret } from '@/features/billing/webhook-events'
import { jsonError } from '@/lib/http'

// A provider calls this URL, so it is a Route Handler: no page, no form, no session.
export async function POST(request: Request): Promise<Response> {
  // #region verify
  // The signature covers the exact bytes sent: read the raw text before any parsing.
  const rawBody = await request.text()
  const check = await verifyStripeSignature(rawBody, request.headers.get('stripe-signature'), webhookSecret())
  if (!check.ok) return jsonError(400, 'invalid_signature', check.reason)
  // #endregion verify

  const outcome = applyBillingEvent(rawBody)
  return Response.json(outcome.body, { status: outcome.status })
}
