import { signStripePayload } from '@/features/billing/stripe-signature'
import { exampleWebhookSecret } from '@/features/billing/webhook-events'
import { extensionOrigin } from '@/lib/cors'

/** Requests the example tests send again and again. */

export const mobileAda = { authorization: 'Bearer mobile-token-ada' }
export const extensionGrace = { authorization: 'Bearer extension-token-grace', origin: extensionOrigin }
export const signedInAda = { session: 'session-ada' }
export const signedInGrace = { session: 'session-grace' }

export function billingEvent(id: string, type = 'invoice.payment_failed', userId = 'u_ada'): string {
  return JSON.stringify({ id, type, data: { object: { metadata: { userId } } } })
}

/** A webhook delivery signed like the provider would sign it, `ageSeconds` ago. */
export async function signedDelivery(body: string, ageSeconds = 0, secret = exampleWebhookSecret) {
  const signature = await signStripePayload(body, secret, Date.now() - ageSeconds * 1000)
  return { method: 'POST', url: '/api/webhooks/stripe', headers: { 'stripe-signature': signature }, body }
}

export function json(body: unknown): string {
  return JSON.stringify(body)
}
