import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { signBody } from '@/lib/webhooks/body-signature'
import { exampleSecrets } from '@/lib/webhooks/secrets'
import { callRoute } from '@/runtime/route-call'
import { POST } from './route'

beforeEach(resetDb)

const body = JSON.stringify({ ref: 'refs/heads/main', after: 'abc123' }, null, 2)

async function delivery(text: string, id: string, secret = exampleSecrets.github) {
  const headers = {
    'x-hub-signature-256': `sha256=${await signBody(body, secret, 'hex')}`,
    'x-github-delivery': id,
    'x-github-event': 'push',
  }
  return { method: 'POST', url: '/api/webhooks/github', headers, body: text }
}

describe('POST /api/webhooks/github', () => {
  it('takes a signed delivery once and acknowledges its redelivery as a duplicate', async () => {
    const first = await callRoute(POST, await delivery(body, 'd-1'))
    expect(first.status).toBe(200)
    expect(JSON.parse(first.body)).toEqual({ received: true })
    const again = await callRoute(POST, await delivery(body, 'd-1'))
    expect(JSON.parse(again.body)).toEqual({ received: true, duplicate: true })
    expect(db().webhookDeliveries.map((taken) => [taken.id, taken.type])).toEqual([['github:d-1', 'push']])
  })

  it('answers 401 for a tampered body, a wrong secret or a header without sha256=, taking nothing', async () => {
    const tampered = await delivery(body.replace('main', 'evil'), 'd-2')
    const wrongSecret = await delivery(body, 'd-3', 'guess')
    const signed = await delivery(body, 'd-4')
    const bare = { ...signed, headers: { ...signed.headers, 'x-hub-signature-256': 'abc' } }
    for (const request of [tampered, wrongSecret, bare]) {
      const response = await callRoute(POST, request)
      expect(response.status).toBe(401)
      expect(JSON.parse(response.body)).toMatchObject({ error: 'invalid_signature' })
    }
    expect(db().webhookDeliveries).toEqual([])
  })
})
