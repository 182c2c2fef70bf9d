import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callAction } from '@/runtime/action-call'
import { signedInAda } from '@/tests/requests'
import { startImport } from './actions'

beforeEach(() => {
  resetDb()
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

describe('startImport', () => {
  it('queues an import for the signed-in user and opens its page', async () => {
    const outcome = await callAction(startImport, {}, { cookies: signedInAda })
    const job = db().imports.at(-1)!
    expect(job).toMatchObject({ ownerId: 'u_ada', status: 'queued', processed: 0 })
    expect(outcome).toEqual({
      kind: 'navigated',
      to: `/imports/${job.id}`,
      calls: [{ api: 'redirect', args: [`/imports/${job.id}`] }],
    })
  })

  it('starts nothing without a session', async () => {
    const outcome = await callAction(startImport, {}, { cookies: {} })
    expect(outcome).toMatchObject({
      kind: 'returned',
      value: { ok: false, message: 'Your session has ended. Sign in again.' },
    })
    expect(db().imports).toHaveLength(1)
  })
})
