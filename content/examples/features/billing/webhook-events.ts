import { z } from 'zod'
import { db } from '@/lib/db'

/**
 * What a verified billing event changes. Shared by the App Router route and the pages/api handler,
 * so both apply an event the same way and both ignore a delivery they have seen before.
 */

/** The secret the examples sign with when STRIPE_WEBHOOK_SECRET is not set. A real app refuses to start. */
export const exampleWebhookSecret = 'whsec_example_next_boundaries'

export function webhookSecret(): string {
  return process.env.STRIPE_WEBHOOK_SECRET ?? exampleWebhookSecret
}

const eventSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  data: z.object({ object: z.object({ metadata: z.object({ userId: z.string() }).partial() }).partial() }),
})

const statusByEvent = {
  'invoice.paid': 'active',
  'invoice.payment_failed': 'past_due',
  'customer.subscription.deleted': 'canceled',
} as const

export type EventOutcome =
  | { status: 200; body: { received: true; duplicate?: true; ignored?: true } }
  | { status: 400; body: { error: 'invalid_event'; message: string } }

export function applyBillingEvent(rawBody: string): EventOutcome {
  let json: unknown
  try {
    json = JSON.parse(rawBody)
  } catch {
    return { status: 400, body: { error: 'invalid_event', message: 'The body is not JSON.' } }
  }
  const parsed = eventSchema.safeParse(json)
  if (!parsed.success) {
    return { status: 400, body: { error: 'invalid_event', message: 'The body is not a billing event.' } }
  }
  const event = parsed.data
  const store = db()
  // Providers retry deliveries: an id seen before is acknowledged and not applied again.
  if (store.processedEvents.includes(event.id))
    return { status: 200, body: { received: true, duplicate: true } }
  store.processedEvents.push(event.id)

  const status = statusByEvent[event.type as keyof typeof statusByEvent]
  const userId = event.data.object?.metadata?.userId
  // Unknown event types still get a 2xx, or the provider keeps retrying them.
  if (!status || !userId) return { status: 200, body: { received: true, ignored: true } }
  store.subscriptions[userId] = status
  return { status: 200, body: { received: true } }
}
