import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { exampleCronSecret } from '@/lib/cron-secret'
import { callRoute } from '@/runtime/route-call'
import { GET } from './route'

beforeEach(resetDb)

const run = (headers: Record<string, string> = {}) =>
  callRoute(GET, { method: 'GET', url: '/api/cron/cleanup', headers })
const scheduler = { authorization: `Bearer ${exampleCronSecret}` }

describe('GET /api/cron/cleanup', () => {
  it('runs the clean-up for the scheduler and reports what it removed, never cached', async () => {
    const response = await run(scheduler)
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toEqual({ removed: 1 })
    expect(response.headers).toContainEqual(['cache-control', 'no-store'])
    expect(db().shareLinks.map((link) => link.id)).toEqual(['sl_compiler_demo'])
  })

  it('is safe when the scheduler retries: the second run removes nothing', async () => {
    await run(scheduler)
    expect(JSON.parse((await run(scheduler)).body)).toEqual({ removed: 0 })
    expect(db().shareLinks).toHaveLength(1)
  })

  it('answers 401 with WWW-Authenticate, and changes nothing, without the secret', async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer guess' },
      { cookie: 'session=session-grace' },
    ]
    for (const headers of attempts) {
      const response = await run(headers)
      expect(response.status).toBe(401)
      expect(response.headers).toContainEqual(['www-authenticate', 'Bearer'])
      expect(JSON.parse(response.body)).toEqual({
        error: 'unauthorized',
        message: 'Send the scheduler secret: Authorization: Bearer <CRON_SECRET>.',
      })
    }
    expect(db().shareLinks).toHaveLength(2)
  })
})
