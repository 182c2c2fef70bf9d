import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { signBody } from '@/lib/webhooks/body-signature'
import { exampleSecrets } from '@/lib/webhooks/secrets'
import { callRoute } from '@/runtime/route-call'
import { POST } from './route'

beforeEach(resetDb)

const body = JSON.stringify({ id: 820982911946154500, email: 'jon@example.com' })

async function delivery(text: string, eventId: string, secret = exampleSecrets.shopify) {
  const headers = {
    'x-shopify-hmac-sha256': await signBody(body, secret, 'base64'),
    'x-shopify-event-id': eventId,
    'x-shopify-topic': 'orders/create',
  }
  return { method: 'POST', url: '/api/webhooks/shopify', headers, body: text }
}

describe('POST /api/webhooks/shopify', () => {
  it('takes a signed delivery once per event id', async () => {
    expect(JSON.parse((await callRoute(POST, await delivery(body, 'e-1'))).body)).toEqual({ received: true })
    expect(JSON.parse((await callRoute(POST, await delivery(body, 'e-1'))).body)).toEqual({
      received: true,
      duplicate: true,
    })
    expect(db().webhookDeliveries.map((taken) => taken.type)).toEqual(['orders/create'])
  })

  it('answers 401 for a tampered body, a wrong secret or a hex digest, and 400 without an event id', async () => {
    const hex = await delivery(body, 'e-2')
    hex.headers['x-shopify-hmac-sha256'] = await signBody(body, exampleSecrets.shopify, 'hex')
    for (const request of [await delivery(`${body} `, 'e-3'), await delivery(body, 'e-4', 'x'), hex])
      expect((await callRoute(POST, request)).status).toBe(401)
    const noId = await delivery(body, '')
    expect((await callRoute(POST, noId)).status).toBe(400)
    expect(db().webhookDeliveries).toEqual([])
  })
})
