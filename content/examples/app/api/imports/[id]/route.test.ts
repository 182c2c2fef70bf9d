import { beforeEach, describe, expect, it } from 'vitest'
import { resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { setRequestCookies } from '@/runtime/recorder'
import { signedInAda, signedInGrace } from '@/tests/requests'
import { GET } from './route'

beforeEach(resetDb)

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
})
