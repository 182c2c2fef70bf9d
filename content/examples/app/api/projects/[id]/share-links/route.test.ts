import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { takeCalls } from '@/runtime/recorder'
import { callRoute } from '@/runtime/route-call'
import { runAfterTasks } from '@/runtime/next-server'
import { json, mobileAda } from '@/tests/requests'
import { POST } from './route'

beforeEach(async () => {
  resetDb()
  await runAfterTasks() // none left over from another test
  takeCalls()
  vi.stubEnv('FAKE_MAIL_LATENCY_MS', '0')
})
afterEach(() => vi.unstubAllEnvs())

const share = (id: string, headers: Record<string, string>, body: string) =>
  callRoute(POST, { method: 'POST', url: `/api/projects/${id}/share-links`, headers, body }, { id })

describe('POST /api/projects/[id]/share-links', () => {
  it('answers 201 with the link first, and sends the email only after the response', async () => {
    const response = await share('p_engine', mobileAda, json({ email: 'charles@example.com' }))
    expect(response.status).toBe(201)
    const link = JSON.parse(response.body)
    expect(link).toMatchObject({
      projectId: 'p_engine',
      url: `https://projects.example.com/shared/${link.id}`,
    })
    expect(db().shareLinks.map((saved) => saved.id)).toContain(link.id)
    // The response is out; the email is not, until Next.js runs what after() was given.
    expect(takeCalls()).toEqual([{ api: 'after', args: [] }])
    expect(db().sentEmails).toEqual([])

    expect(await runAfterTasks()).toBe(1)
    expect(db().sentEmails).toEqual([
      expect.objectContaining({
        to: 'charles@example.com',
        subject: 'Ada Lovelace shared “Analytical Engine” with you',
        text: `Open it until ${link.expiresAt.slice(0, 10)}: ${link.url}`,
      }),
    ])
  })

  it('answers 401, 404 for another user’s or an unknown project, 400 and 422: no link, no email', async () => {
    const refused = [
      [await share('p_engine', {}, json({ email: 'charles@example.com' })), 401],
      [await share('p_compiler', mobileAda, json({ email: 'charles@example.com' })), 404],
      [await share('nope', mobileAda, json({ email: 'charles@example.com' })), 404],
      [await share('p_engine', mobileAda, 'not json'), 400],
      [await share('p_engine', mobileAda, json({ email: 'charles' })), 422],
    ] as const
    expect(refused.map(([response]) => response.status)).toEqual(refused.map(([, status]) => status))
    expect(JSON.parse(refused[4][0].body).fields).toEqual({
      email: 'Enter an email address like name@example.com',
    })
    expect(await runAfterTasks()).toBe(0)
    expect(db().shareLinks).toHaveLength(2)
  })
})
