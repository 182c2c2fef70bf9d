import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { exampleSecrets } from '@/lib/webhooks/secrets'
import { signStandardWebhook } from '@/lib/webhooks/standard-webhooks'
import { callRoute } from '@/runtime/route-call'
import { POST } from './route'

beforeEach(resetDb)

const body = JSON.stringify({ type: 'email.bounced', data: { to: 'ada@example.com' } })

async function delivery(text: string, id: string, ageSeconds = 0, secret = exampleSecrets.standard) {
  const now = Date.now() - ageSeconds * 1000
  const headers = await signStandardWebhook(body, secret, { id, now })
  return { method: 'POST', url: '/api/webhooks/standard', headers, body: text }
}

describe('POST /api/webhooks/standard', () => {
  it('takes a signed message once per webhook-id', async () => {
    expect(JSON.parse((await callRoute(POST, await delivery(body, 'msg_1'))).body)).toEqual({
      received: true,
    })
    const retry = await callRoute(POST, await delivery(body, 'msg_1'))
    expect(JSON.parse(retry.body)).toEqual({ received: true, duplicate: true })
    expect(db().webhookDeliveries.map((taken) => [taken.id, taken.type])).toEqual([
      ['standard:msg_1', 'email.bounced'],
    ])
  })

  it('answers 401 for a tampered body, a wrong secret and a stale timestamp, taking nothing', async () => {
    const wrong = 'whsec_c2VjcmV0IG9mIGFub3RoZXIgZW5kcG9pbnQ='
    const requests = [
      await delivery(body.replace('ada', 'eve'), 'msg_2'),
      await delivery(body, 'msg_3', 0, wrong),
      await delivery(body, 'msg_4', 301),
    ]
    for (const request of requests) {
      const response = await callRoute(POST, request)
      expect(response.status).toBe(401)
      expect(JSON.parse(response.body)).toMatchObject({ error: 'invalid_signature' })
    }
    expect(db().webhookDeliveries).toEqual([])
  })

  it('answers 400 for a signed body that is not an event', async () => {
    const headers = await signStandardWebhook('[]', exampleSecrets.standard, { id: 'msg_5' })
    const response = await callRoute(POST, {
      method: 'POST',
      url: '/api/webhooks/standard',
      headers,
      body: '[]',
    })
    expect(response.status).toBe(400)
  })
})
