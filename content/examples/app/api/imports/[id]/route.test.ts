import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { sampleImport, startSampleImport } from '@/features/imports/import-worker'
import { resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { setRequestCookies } from '@/runtime/recorder'
import { signedInAda, signedInGrace } from '@/tests/requests'
import { GET } from './route'

beforeEach(resetDb)
afterEach(() => vi.useRealTimers())

const poll = (id: string) => callRoute(GET, { method: 'GET', url: `/api/imports/${id}` }, { id })

describe('GET /api/imports/[id]', () => {
  it('reports the owner’s job status, never cached', async () => {
    setRequestCookies(signedInAda)
    const response = await poll('imp_1')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toEqual({
      id: 'imp_1',
      status: 'running',
      processed: 40,
      retryAfterSeconds: 2,
    })
    expect(response.headers).toContainEqual(['cache-control', 'no-store'])
  })

  it('answers 404 for another user’s job and 401 without a session', async () => {
    setRequestCookies(signedInGrace)
    expect((await poll('imp_1')).status).toBe(404)
    setRequestCookies({})
    expect((await poll('imp_1')).status).toBe(401)
  })

  it('follows the job as the worker goes, and names no next poll once it is done', async () => {
    vi.useFakeTimers()
    setRequestCookies(signedInAda)
    const { id } = startSampleImport('u_ada')
    expect(JSON.parse((await poll(id)).body)).toMatchObject({ status: 'queued', retryAfterSeconds: 2 })
    vi.advanceTimersByTime(sampleImport.stepMs * 4)
    expect(JSON.parse((await poll(id)).body)).toMatchObject({ status: 'running', processed: 20 })
    vi.runAllTimers()
    expect(JSON.parse((await poll(id)).body)).toEqual({
      id,
      status: 'done',
      processed: 100,
      retryAfterSeconds: null,
    })
  })
})
