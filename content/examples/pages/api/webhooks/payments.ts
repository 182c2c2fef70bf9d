import type { NextApiRequest, NextApiResponse } from 'next'
import { verifyStripeSignature } from '@/features/billing/stripe-signature'
import { applyBillingEvent, webhookSecret } from '@/features/billing/webhook-events'

// The signature covers the raw bytes, so Next.js must not parse the body first.
export const config = { api: { bodyParser: false } }

async function readRawBody(request: AsyncIterable<Uint8Array | string>): Promise<string> {
  const decoder = new TextDecoder()
  let text = ''
  for await (const chunk of request)
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
  return text + decoder.decode()
}

export default async function handler(request: NextApiRequest, response: NextApiResponse) {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST')
    return response.status(405).json({ error: 'method_not_allowed', message: 'Use POST.' })
  }
  const rawBody = await readRawBody(request)
  const header = request.headers['stripe-signature']
  const check = await verifyStripeSignature(
    rawBody,
    typeof header === 'string' ? header : null,
    webhookSecret(),
  )
  if (!check.ok) return response.status(400).json({ error: 'invalid_signature', message: check.reason })

  // The same event logic as the App Router route: features/billing/webhook-events.ts.
  const outcome = applyBillingEvent(rawBody)
  response.status(outcome.status).json(outcome.body)
}
