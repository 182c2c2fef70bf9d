import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from './db'
import { takeAttempt, tooManyAttempts } from './rate-limit'

beforeEach(resetDb)

const minute = 60_000
const limit = { limit: 2, windowMinutes: 10 }
const start = Date.UTC(2026, 0, 15, 9, 0, 0)

describe('takeAttempt', () => {
  it('lets `limit` attempts through in a window, then says how many minutes are left', () => {
    expect(takeAttempt('k', limit, start)).toEqual({ ok: true })
    expect(takeAttempt('k', limit, start + minute)).toEqual({ ok: true })
    expect(takeAttempt('k', limit, start + 2 * minute)).toEqual({ ok: false, retryInMinutes: 8 })
    // A part of a minute counts as a whole one: the reader never comes back too early.
    expect(takeAttempt('k', limit, start + 9.5 * minute)).toEqual({ ok: false, retryInMinutes: 1 })
  })

  it('starts a new window once the old one is over, and counts each key apart', () => {
    for (let attempt = 0; attempt < 3; attempt += 1) takeAttempt('k', limit, start)
    expect(takeAttempt('other', limit, start)).toEqual({ ok: true })
    expect(takeAttempt('k', limit, start + 10 * minute)).toEqual({ ok: true })
    expect(db().rateLimits.k).toEqual({ count: 1, resetAt: start + 20 * minute })
  })
})

describe('tooManyAttempts', () => {
  it('names the wait in minutes, singular for one', () => {
    expect(tooManyAttempts(10)).toBe('Too many attempts, try again in 10 minutes.')
    expect(tooManyAttempts(1)).toBe('Too many attempts, try again in 1 minute.')
  })
})
