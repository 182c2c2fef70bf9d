import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { applyBillingEvent } from './webhook-events'

beforeEach(resetDb)

const event = (fields: Record<string, unknown>) => JSON.stringify(fields)

describe('applyBillingEvent', () => {
  it('acknowledges with 2xx an event type it ignores, whatever its data, and a handled type with empty data', () => {
    const ignoredBodies = [
      event({ id: 'evt_a', type: 'customer.created', data: {} }),
      event({ id: 'evt_b', type: 'customer.created' }),
      event({ id: 'evt_c', type: 'charge.refunded', data: { object: 'not read here' } }),
      event({ id: 'evt_d', type: 'invoice.paid', data: {} }),
      event({ id: 'evt_e', type: 'invoice.paid', data: { object: {} } }),
      event({ id: 'evt_f', type: 'constructor', data: { object: { metadata: { userId: 'u_ada' } } } }),
    ]
    for (const body of ignoredBodies) {
      expect(applyBillingEvent(body), body).toEqual({ status: 200, body: { received: true, ignored: true } })
    }
    expect(db().subscriptions.u_ada).toBe('active')
  })

  it('names the failing field in a 400, and records nothing, so a corrected retry is applied', () => {
    expect(applyBillingEvent(event({ type: 'invoice.paid' }))).toEqual({
      status: 400,
      body: { error: 'invalid_event', field: 'id', message: 'The event field "id" is missing.' },
    })
    expect(applyBillingEvent(event({ id: 'evt_f', type: 7 }))).toMatchObject({
      status: 400,
      body: { field: 'type', message: 'The event field "type" must be a string.' },
    })
    const wrongUser = event({
      id: 'evt_g',
      type: 'invoice.payment_failed',
      data: { object: { metadata: { userId: 42 } } },
    })
    expect(applyBillingEvent(wrongUser)).toMatchObject({
      status: 400,
      body: {
        field: 'data.object.metadata.userId',
        message: 'The event field "data.object.metadata.userId" must be a string.',
      },
    })
    expect(applyBillingEvent('[1]')).toMatchObject({
      status: 400,
      body: { message: 'The body is not a JSON object.' },
    })
    expect(db().processedEvents).toEqual([])

    const fixed = event({
      id: 'evt_g',
      type: 'invoice.payment_failed',
      data: { object: { metadata: { userId: 'u_ada' } } },
    })
    expect(applyBillingEvent(fixed)).toEqual({ status: 200, body: { received: true } })
    expect(db().subscriptions.u_ada).toBe('past_due')
  })

  it('lets the subscription rule decide: a late payment cannot revive a canceled subscription', () => {
    const forAda = (id: string, type: string) =>
      event({ id, type, data: { object: { metadata: { userId: 'u_ada' } } } })
    expect(applyBillingEvent(forAda('evt_end', 'customer.subscription.deleted'))).toEqual({
      status: 200,
      body: { received: true },
    })
    // Acknowledged with 2xx, or the provider would retry an event the rule refuses every time.
    expect(applyBillingEvent(forAda('evt_late', 'invoice.paid'))).toEqual({
      status: 200,
      body: { received: true, ignored: true },
    })
    expect(db().subscriptions.u_ada).toBe('canceled')
    expect(db().processedEvents).toEqual(['evt_end', 'evt_late'])
  })
})
