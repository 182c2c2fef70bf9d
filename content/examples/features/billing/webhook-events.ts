import { z } from 'zod'
import { db } from '@/lib/db'
import { changeSubscription } from './subscriptions'

/**
 * What a verified billing event changes. Shared by the App Router route and the pages/api handler,
 * so both apply an event the same way and both ignore a delivery they have seen before.
 */

/** The secret the examples sign with when STRIPE_WEBHOOK_SECRET is not set. A real app refuses to start. */
export const exampleWebhookSecret = 'whsec_example_next_boundaries'

export function webhookSecret(): string {
  return process.env.STRIPE_WEBHOOK_SECRET ?? exampleWebhookSecret
}

// Field errors say what is wrong: "is missing" or "must be a string".
const expected = (kind: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${kind}`),
})
const text = z.string(expected('a string'))
const optionalFields = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.object(shape, expected('an object')).partial()

/** Every event has an id and a type; the rest is read only for the types this app handles. */
const envelopeSchema = z.object({
  id: text.min(1, 'must not be empty'),
  type: text.min(1, 'must not be empty'),
})

/** What this app reads of a handled event. Any level may be absent: the event is then ignored. */
const handledEventSchema = optionalFields({
  data: optionalFields({ object: optionalFields({ metadata: optionalFields({ userId: text }) }) }),
})

// A Map, so an event type such as "constructor" finds nothing inherited.
const statusByEvent = new Map<string, 'active' | 'past_due' | 'canceled'>([
  ['invoice.paid', 'active'],
  ['invoice.payment_failed', 'past_due'],
  ['customer.subscription.deleted', 'canceled'],
])

export type EventOutcome =
  | { status: 200; body: { received: true; duplicate?: true; ignored?: true } }
  | { status: 400; body: { error: 'invalid_event'; message: string; field?: string } }

function invalidEvent(message: string, field?: string): EventOutcome {
  return { status: 400, body: { error: 'invalid_event', ...(field && { field }), message } }
}

/** A 400 that names the first field that failed, so the sender can fix that field. */
function invalidField(error: z.ZodError): EventOutcome {
  const issue = error.issues[0]!
  const field = issue.path.join('.')
  return invalidEvent(`The event field "${field}" ${issue.message}.`, field)
}

export function applyBillingEvent(rawBody: string): EventOutcome {
  let json: unknown
  try {
    json = JSON.parse(rawBody)
  } catch {
    return invalidEvent('The body is not JSON.')
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return invalidEvent('The body is not a JSON object.')
  const envelope = envelopeSchema.safeParse(json)
  if (!envelope.success) return invalidField(envelope.error)
  const { id, type } = envelope.data
  const status = statusByEvent.get(type)
  // Only a handled type's data is checked: a 400 would make the provider retry an event we never use.
  const handled = status ? handledEventSchema.safeParse(json) : undefined
  if (handled && !handled.success) return invalidField(handled.error)

  const store = db()
  // Providers retry deliveries: an id seen before is acknowledged and not applied again.
  if (store.processedEvents.includes(id)) return { status: 200, body: { received: true, duplicate: true } }
  store.processedEvents.push(id)

  const userId = handled?.data.data?.object?.metadata?.userId
  // Event types this app does not handle, or that name no user, still get a 2xx, or the provider
  // keeps retrying them.
  if (!status || !userId) return { status: 200, body: { received: true, ignored: true } }
  // The rule lives in the service every entry point calls. An event the rule refuses (a late payment
  // for a canceled subscription) is still acknowledged: a retry would be refused again.
  const change = changeSubscription(userId, status)
  return { status: 200, body: change.ok ? { received: true } : { received: true, ignored: true } }
}
