import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { claimNextImport, claimTimeoutMs, enqueueImport, reportImportProgress } from './import-queue'

beforeEach(resetDb)

describe('the import queue', () => {
  it('hands each queued job to one worker, oldest first, and finishes it on done', () => {
    const first = enqueueImport('u_ada', ['Ada,ada@example.com'])
    const second = enqueueImport('u_ada', ['Grace,grace@example.com'])
    expect(first).toMatchObject({ status: 'queued', processed: 0 })
    const now = Date.now()
    expect(claimNextImport(now)).toEqual({ jobId: first.id, rows: ['Ada,ada@example.com'] })
    expect(claimNextImport(now)?.jobId).toBe(second.id)
    expect(claimNextImport(now)).toBeNull()
    expect(first.status).toBe('running')

    expect(reportImportProgress(first.id, 1, true)).toMatchObject({ status: 'done', processed: 1 })
    expect(db().importQueue.map((message) => message.jobId)).toEqual([second.id])
    expect(db().activity.at(-1)).toMatchObject({
      ownerId: 'u_ada',
      text: `Import ${first.id} is done: 1 rows`,
    })
  })

  it('offers a job again when its worker went silent past the claim timeout', () => {
    const job = enqueueImport('u_ada', ['Ada,ada@example.com'])
    const claimedAt = Date.now() - claimTimeoutMs - 1
    expect(claimNextImport(claimedAt)?.jobId).toBe(job.id)
    expect(claimNextImport()?.jobId).toBe(job.id)
  })

  it('ignores progress for an unknown job', () => {
    expect(reportImportProgress('imp_nope', 1, true)).toBeNull()
  })
})
