import { beforeEach, describe, expect, it } from 'vitest'
import { PATCH, POST } from '@/app/api/worker/imports/route'
import { enqueueImport } from '@/features/imports/import-queue'
import { exampleWorkerSecret } from '@/features/imports/worker-auth'
import { db, resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { runImportWorkerOnce } from './import-worker'

beforeEach(resetDb)

// The worker's HTTP calls, answered by the app's real worker API; every report is kept.
const reports: unknown[] = []
async function appFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const method = init.method ?? 'GET'
  const body = typeof init.body === 'string' ? init.body : undefined
  if (body) reports.push(JSON.parse(body))
  const request = { method, url: String(input), headers: init.headers as Record<string, string>, body }
  const answer = await callRoute(method === 'PATCH' ? PATCH : POST, request)
  return new Response(answer.status === 204 ? null : answer.body, { status: answer.status })
}

const options = {
  appUrl: 'https://projects.example.com',
  secret: exampleWorkerSecret,
  fetch: appFetch as typeof fetch,
}

describe('runImportWorkerOnce', () => {
  beforeEach(() => {
    reports.length = 0
  })

  it('takes the next import, reports progress per batch and finishes it', async () => {
    const rows = ['Ada,ada@example.com', 'not a row', 'Grace,grace@example.com', 'Alan,alan@example.com']
    const job = enqueueImport('u_ada', rows)
    expect(await runImportWorkerOnce({ ...options, batchSize: 2 })).toEqual({ jobId: job.id, processed: 3 })
    expect(reports).toEqual([
      { jobId: job.id, processed: 1, done: false },
      { jobId: job.id, processed: 3, done: true },
    ])
    expect(db().imports.find((candidate) => candidate.id === job.id)).toMatchObject({
      status: 'done',
      processed: 3,
    })
    expect(db().importQueue).toEqual([])
  })

  it('returns null when the queue is empty and throws when the app refuses its secret', async () => {
    expect(await runImportWorkerOnce(options)).toBeNull()
    enqueueImport('u_ada', ['Ada,ada@example.com'])
    await expect(runImportWorkerOnce({ ...options, secret: 'wrong' })).rejects.toThrow(
      'The queue refused the claim: 401',
    )
  })
})
