import { verifyBodySignature } from '@/lib/webhooks/body-signature'
import { recordDelivery } from '@/lib/webhooks/deliveries'
import { shopifyWebhookSecret } from '@/lib/webhooks/secrets'
import { jsonError } from '@/lib/http'

// Shopify signs the body alone: X-Shopify-Hmac-Sha256: <base64 HMAC-SHA256>.
export async function POST(request: Request): Promise<Response> {
  const rawBody = new Uint8Array(await request.arrayBuffer())
  const signature = request.headers.get('x-shopify-hmac-sha256')
  const check = await verifyBodySignature(rawBody, signature, shopifyWebhookSecret(), 'base64')
  if (!check.ok) return jsonError(401, 'invalid_signature', check.reason)

  // The same event keeps its X-Shopify-Event-Id on every delivery.
  const event = request.headers.get('x-shopify-event-id')
  if (!event) return jsonError(400, 'missing_event_id', 'X-Shopify-Event-Id is missing.')
  const topic = request.headers.get('x-shopify-topic') ?? 'unknown'
  return Response.json(recordDelivery('shopify', event, topic))
}
