import { verifyBodySignature } from '@/lib/webhooks/body-signature'
import { recordDelivery } from '@/lib/webhooks/deliveries'
import { githubWebhookSecret } from '@/lib/webhooks/secrets'
import { jsonError } from '@/lib/http'

// GitHub signs the body alone: X-Hub-Signature-256: sha256=<hex HMAC-SHA256>.
export async function POST(request: Request): Promise<Response> {
  // The bytes as sent: the signature covers them, not a parsed and re-serialized copy.
  const rawBody = new Uint8Array(await request.arrayBuffer())
  const header = request.headers.get('x-hub-signature-256')
  const signature = header?.startsWith('sha256=') ? header.slice('sha256='.length) : null
  const check = await verifyBodySignature(rawBody, signature, githubWebhookSecret(), 'hex')
  if (!check.ok) return jsonError(401, 'invalid_signature', check.reason)

  // No timestamp is signed: the delivery id is what tells a retry or a replay from a new event.
  const delivery = request.headers.get('x-github-delivery')
  if (!delivery) return jsonError(400, 'missing_delivery_id', 'X-GitHub-Delivery is missing.')
  const event = request.headers.get('x-github-event') ?? 'unknown'
  return Response.json(recordDelivery('github', delivery, event))
}
