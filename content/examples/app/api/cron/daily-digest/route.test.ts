import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { exampleCronSecret } from '@/lib/cron-secret'
import { db, resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { GET } from './route'

beforeEach(() => {
  resetDb()
  vi.stubEnv('FAKE_MAIL_LATENCY_MS', '0')
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T06:00:00.000Z') })
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
})

const run = (headers: Record<string, string> = {}) =>
  callRoute(GET, { method: 'GET', url: '/api/cron/daily-digest', headers })
const scheduler = { authorization: `Bearer ${exampleCronSecret}` }

describe('GET /api/cron/daily-digest', () => {
  it('sends each member their digest once, under the run key of the day, never cached', async () => {
    const response = await run(scheduler)
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toEqual({ runKey: 'daily-digest:2026-12-01', ran: true, sent: 2 })
    expect(response.headers).toContainEqual(['cache-control', 'no-store'])
    expect(db().sentEmails.map(({ to, subject, text }) => ({ to, subject, text }))).toEqual([
      {
        to: 'ada@example.com',
        subject: 'Your projects on 2026-12-01',
        text: '1 active, 1 draft, 0 archived.',
      },
      {
        to: 'grace@example.com',
        subject: 'Your projects on 2026-12-01',
        text: '1 active, 0 draft, 1 archived.',
      },
    ])
  })

  it('sends nothing when the scheduler calls again the same day, and runs again the next day', async () => {
    await run(scheduler)
    const retry = await run(scheduler)
    expect(retry.status).toBe(200)
    expect(JSON.parse(retry.body)).toEqual({ runKey: 'daily-digest:2026-12-01', ran: false, sent: 0 })
    expect(db().sentEmails).toHaveLength(2)

    vi.setSystemTime(new Date('2026-12-02T06:00:00.000Z'))
    expect(JSON.parse((await run(scheduler)).body)).toMatchObject({
      runKey: 'daily-digest:2026-12-02',
      ran: true,
    })
    expect(db().sentEmails).toHaveLength(4)
  })

  it('answers 401 with WWW-Authenticate, claims no run and sends nothing, without the secret', async () => {
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
    expect(db().scheduledRuns).toEqual([])
    expect(db().sentEmails).toEqual([])
  })
})
