import { beforeEach, describe, expect, it } from 'vitest'
import { enqueueImport } from '@/features/imports/import-queue'
import { exampleWorkerSecret } from '@/features/imports/worker-auth'
import { db, resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { json } from '@/tests/requests'
import { PATCH, POST } from './route'

beforeEach(resetDb)

const worker = { authorization: `Bearer ${exampleWorkerSecret}`, 'content-type': 'application/json' }
const claim = (headers: Record<string, string> = worker) =>
  callRoute(POST, { method: 'POST', url: '/api/worker/imports', headers })
const report = (body: string, headers: Record<string, string> = worker) =>
  callRoute(PATCH, { method: 'PATCH', url: '/api/worker/imports', headers, body })

describe('the worker API: POST and PATCH /api/worker/imports', () => {
  it('hands the worker the next job, takes its progress, and answers 204 when the queue is empty', async () => {
    const job = enqueueImport('u_ada', ['Ada,ada@example.com', 'Grace,grace@example.com'])
    const claimed = await claim()
    expect(claimed.status).toBe(200)
    expect(JSON.parse(claimed.body)).toEqual({
      jobId: job.id,
      rows: ['Ada,ada@example.com', 'Grace,grace@example.com'],
    })
    expect((await claim()).status).toBe(204)

    const progress = await report(json({ jobId: job.id, processed: 2, done: true }))
    expect(JSON.parse(progress.body)).toEqual({ id: job.id, status: 'done', processed: 2 })
  })

  it('refuses a caller without the worker secret (401), bad progress (422) and an unknown job (404)', async () => {
    enqueueImport('u_ada', ['Ada,ada@example.com'])
    expect((await claim({ authorization: 'Bearer guess' })).status).toBe(401)
    expect((await claim({})).status).toBe(401)
    expect((await report(json({ jobId: 'imp_1', processed: -1, done: true }))).status).toBe(422)
    expect((await report(json({ jobId: 'imp_nope', processed: 1, done: true }))).status).toBe(404)
    expect(db().importQueue[0]!.claimedAt).toBeNull()
  })
})
