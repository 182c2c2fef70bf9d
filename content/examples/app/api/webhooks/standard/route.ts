import { z } from 'zod'
import { recordDelivery } from '@/lib/webhooks/deliveries'
import { standardWebhookSecret } from '@/lib/webhooks/secrets'
import { verifyStandardWebhook } from '@/lib/webhooks/standard-webhooks'
import { jsonError } from '@/lib/http'

const eventSchema = z.object({ type: z.string().min(1) })

// Standard Webhooks: webhook-id, webhook-timestamp and webhook-signature (or their svix- forms).
export async function POST(request: Request): Promise<Response> {
  const rawBody = new Uint8Array(await request.arrayBuffer())
  const check = await verifyStandardWebhook(rawBody, request.headers, standardWebhookSecret())
  if (!check.ok) return jsonError(401, 'invalid_signature', check.reason)

  // Parsed only now, from the bytes that were verified.
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(rawBody))
  } catch {
    return jsonError(400, 'invalid_event', 'The body is not JSON.')
  }
  const event = eventSchema.safeParse(json)
  if (!event.success) return jsonError(400, 'invalid_event', 'The event has no type.')
  // webhook-id stays the same on every retry of one message.
  return Response.json(recordDelivery('standard', check.id, event.data.type))
}
