import { expect, it } from 'vitest'
import { exampleCronSecret } from '../../content/examples/lib/cron-secret'
import type { ExampleAppContext } from './recipe-checks'

const scheduler = { authorization: `Bearer ${exampleCronSecret}` }
const mobileAda = { authorization: 'Bearer mobile-token-ada', 'content-type': 'application/json' }

type Outbox = { emails: Array<{ to: string; subject: string; text: string; sentAt: string }> }

/** Checks of the schedules recipes' code under `next start`. */
export function schedulesChecks(app: ExampleAppContext): void {
  const outbox = async (query = ''): Promise<Outbox> =>
    (await app.request(`/fake-mail/outbox${query}`)).json()

  it('hosted-cron: the digest GET needs the secret, runs once per day under its run key, never from a cache', async () => {
    const digest = (headers: Record<string, string> = {}) =>
      app.request('/api/cron/daily-digest', { headers })
    const attempts: Array<Record<string, string>> = [{}, { authorization: 'Bearer guess' }]
    for (const headers of attempts) {
      const refused = await digest(headers)
      expect(refused.status).toBe(401)
      expect(refused.headers.get('www-authenticate')).toBe('Bearer')
      expect(await refused.json()).toEqual({
        error: 'unauthorized',
        message: 'Send the scheduler secret: Authorization: Bearer <CRON_SECRET>.',
      })
    }
    const first = await digest(scheduler)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('no-store')
    const { runKey, ...report } = await first.json()
    expect(runKey).toMatch(/^daily-digest:\d{4}-\d{2}-\d{2}$/)
    expect(report).toEqual({ ran: true, sent: 2 })
    // The retry gets a different answer, so the handler ran again (no cached copy) and sent nothing.
    const retry = await digest(scheduler)
    expect(await retry.json()).toEqual({ runKey, ran: false, sent: 0 })
    const day = runKey.slice('daily-digest:'.length)
    const digests = (await outbox()).emails.filter((email) => email.subject === `Your projects on ${day}`)
    expect(digests.map((email) => email.to).sort()).toEqual(['ada@example.com', 'grace@example.com'])
  })

  it('hosted-cron trap: a route.ts that exports only POST answers a GET with 405, an empty body and no Allow', async () => {
    // The share-links route exports POST alone, like a cron route written for a POST scheduler.
    const path = '/api/projects/p_engine/share-links'
    const get = await app.request(path, { headers: scheduler })
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBeNull()
    expect(await get.text()).toBe('')
    // OPTIONS, which Next.js answers by itself, is what names the methods the route has.
    const options = await app.request(path, { method: 'OPTIONS' })
    expect(options.status).toBe(204)
    expect(options.headers.get('allow')).toBe('OPTIONS, POST')
  })

  it('after-response: the share link arrives first; the email after() sends shows up in the outbox later', async () => {
    const recipient = `after-${app.next}@example.com`
    const response = await app.request('/api/projects/p_engine/share-links', {
      method: 'POST',
      headers: mobileAda,
      body: JSON.stringify({ email: recipient }),
    })
    expect(response.status).toBe(201)
    const link = await response.json()
    const answeredAt = Date.now()
    expect(link).toMatchObject({ projectId: 'p_engine' })
    // The whole response is read, and the email is not sent yet: the follow-up is still running.
    expect((await outbox(`?to=${recipient}`)).emails).toEqual([])
    // It does run, after the response: the fake mail provider records it about a second later.
    await expect
      .poll(async () => (await outbox(`?to=${recipient}`)).emails.length, { timeout: 15_000, interval: 200 })
      .toBe(1)
    const [email] = (await outbox(`?to=${recipient}`)).emails
    expect(email!.subject).toBe('Ada Lovelace shared “Analytical Engine” with you')
    expect(email!.text).toBe(`Open it until ${link.expiresAt.slice(0, 10)}: ${link.url}`)
    expect(Date.parse(email!.sentAt)).toBeGreaterThan(answeredAt)
  })
}
