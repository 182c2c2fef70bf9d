import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callAction } from '@/runtime/action-call'
import { signedInAda } from '@/tests/requests'
import { startImport } from './actions'

beforeEach(resetDb)

describe('startImport', () => {
  it('enqueues the rows and answers with the job id, leaving the work to a worker', async () => {
    const outcome = await callAction(
      startImport,
      { rows: 'Ada,ada@example.com\n\nGrace,grace@example.com\n' },
      { cookies: signedInAda },
    )
    expect(outcome).toMatchObject({
      kind: 'returned',
      value: { ok: true, jobId: expect.stringMatching(/^imp_/) },
    })
    const jobId = (outcome as { value: { jobId: string } }).value.jobId
    expect(db().imports.find((job) => job.id === jobId)).toEqual({
      id: jobId,
      ownerId: 'u_ada',
      status: 'queued',
      processed: 0,
    })
    expect(db().importQueue).toEqual([
      { jobId, rows: ['Ada,ada@example.com', 'Grace,grace@example.com'], claimedAt: null },
    ])
  })

  it('asks to sign in again without a session, and for rows when there are none; enqueues nothing', async () => {
    expect(await callAction(startImport, { rows: 'Ada,ada@example.com' })).toMatchObject({
      value: { ok: false, message: 'Your session has ended. Sign in again.' },
    })
    expect(await callAction(startImport, { rows: ' \n ' }, { cookies: signedInAda })).toMatchObject({
      value: { ok: false, fields: { rows: 'Paste at least one row' } },
    })
    expect(db().importQueue).toEqual([])
  })
})
