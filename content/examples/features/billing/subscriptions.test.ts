import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { changeSubscription } from './subscriptions'

beforeEach(resetDb)

describe('changeSubscription', () => {
  it('moves between active and past due, and to canceled', () => {
    expect(changeSubscription('u_ada', 'past_due')).toEqual({ ok: true, status: 'past_due' })
    expect(changeSubscription('u_ada', 'active')).toEqual({ ok: true, status: 'active' })
    expect(changeSubscription('u_ada', 'canceled')).toEqual({ ok: true, status: 'canceled' })
    expect(db().subscriptions.u_ada).toBe('canceled')
  })

  it('keeps a canceled subscription canceled, whatever arrives later', () => {
    changeSubscription('u_grace', 'canceled')
    for (const to of ['active', 'past_due'] as const) {
      expect(changeSubscription('u_grace', to)).toEqual({
        ok: false,
        reason: 'canceled_is_final',
        message: `The subscription of u_grace is canceled and cannot become ${to}.`,
      })
    }
    expect(changeSubscription('u_grace', 'canceled')).toEqual({ ok: true, status: 'canceled' })
    expect(db().subscriptions.u_grace).toBe('canceled')
  })

  it('starts a subscription for a customer it has not seen', () => {
    expect(changeSubscription('u_new', 'active')).toEqual({ ok: true, status: 'active' })
    expect(db().subscriptions.u_new).toBe('active')
  })
})
