import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { billingEvent, signedDelivery } from '@/tests/requests'
import { POST } from './route'

beforeEach(resetDb)

describe('POST /api/webhooks/stripe', () => {
  it('applies a signed event once and acknowledges a retried delivery without applying it again', async () => {
    const delivery = await signedDelivery(billingEvent('evt_1'))
    const first = await callRoute(POST, delivery)
    expect(first.status).toBe(200)
    expect(JSON.parse(first.body)).toEqual({ received: true })
    expect(db().subscriptions.u_ada).toBe('past_due')

    db().subscriptions.u_ada = 'active'
    const replay = await callRoute(POST, delivery)
    expect(replay.status).toBe(200)
    expect(JSON.parse(replay.body)).toEqual({ received: true, duplicate: true })
    expect(db().subscriptions.u_ada).toBe('active')
  })

  it('answers 400 for a bad signature, a missing header and a stale timestamp, changing nothing', async () => {
    const body = billingEvent('evt_2')
    const tampered = { ...(await signedDelivery(body)), body: body.replace('u_ada', 'u_grace') }
    const wrongSecret = await signedDelivery(body, 0, 'whsec_attacker')
    const missing = { method: 'POST', url: '/api/webhooks/stripe', body }
    const stale = await signedDelivery(body, 301)
    for (const request of [tampered, wrongSecret, missing, stale]) {
      const response = await callRoute(POST, request)
      expect(response.status).toBe(400)
      expect(JSON.parse(response.body)).toMatchObject({
        error: 'invalid_signature',
        message: expect.any(String),
      })
    }
    expect(db().processedEvents).toEqual([])
    expect(db().subscriptions.u_ada).toBe('active')
  })

  it('answers 400 naming the field for a signed body that is not an event, and 200 ignored for an unknown type or empty data', async () => {
    expect((await callRoute(POST, await signedDelivery('not json'))).status).toBe(400)
    const noId = await callRoute(POST, await signedDelivery('{"hello":1}'))
    expect(noId.status).toBe(400)
    expect(JSON.parse(noId.body)).toMatchObject({ error: 'invalid_event', field: 'id' })
    const unknown = await callRoute(POST, await signedDelivery(billingEvent('evt_3', 'customer.created')))
    expect(unknown.status).toBe(200)
    expect(JSON.parse(unknown.body)).toEqual({ received: true, ignored: true })
    const emptyData = JSON.stringify({ id: 'evt_4', type: 'invoice.paid', data: {} })
    const empty = await callRoute(POST, await signedDelivery(emptyData))
    expect(empty.status).toBe(200)
    expect(JSON.parse(empty.body)).toEqual({ received: true, ignored: true })
  })
})
