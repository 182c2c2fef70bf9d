import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { buildRequest, readResponse } from '@/runtime/route-call'
import { answerPreflight, rateLimit, receiveSubmission } from './form-endpoint'

beforeEach(resetDb)

const json = { accept: 'application/json', 'content-type': 'application/json' }
const submit = (body: unknown, headers: Record<string, string> = json, form = 'newsletter', now?: number) =>
  receiveSubmission(
    buildRequest({ method: 'POST', url: `/f/${form}`, headers, body: JSON.stringify(body) }),
    form,
    now,
  ).then(readResponse)

describe('the stand-in form service', () => {
  it('keeps a valid address and thanks the sender, with CORS for any origin', async () => {
    const response = await submit({ email: 'ada@example.com', _gotcha: '' })
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({ ok: true })
    expect(response.headers).toContainEqual(['access-control-allow-origin', '*'])
    expect(db().newsletterSignups).toEqual([expect.objectContaining({ email: 'ada@example.com' })])
  })

  it('reads form data as a browser sends it', async () => {
    const body = new FormData()
    body.append('email', 'grace@example.com')
    const request = new Request('https://forms.example.com/f/newsletter', { method: 'POST', body })
    expect((await receiveSubmission(request, 'newsletter')).status).toBe(200)
    expect(db().newsletterSignups.map((signup) => signup.email)).toEqual(['grace@example.com'])
  })

  it('answers field errors with 422 and keeps nothing', async () => {
    const response = await submit({ email: 'ada@localhost' })
    expect(response.status).toBe(422)
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      errors: [{ field: 'email', message: 'Enter an email address like name@example.com' }],
    })
    expect(db().newsletterSignups).toEqual([])
  })

  it('thanks a bot that filled the honeypot and keeps nothing', async () => {
    expect((await submit({ email: 'bot@example.com', _gotcha: 'http://spam.example' })).status).toBe(200)
    expect(db().newsletterSignups).toEqual([])
  })

  it('limits submissions per address with 429 and Retry-After, then lets them in again', async () => {
    const from = { ...json, 'x-forwarded-for': '203.0.113.7' }
    const now = Date.now()
    for (let index = 0; index < rateLimit.submissions; index += 1)
      expect((await submit({ email: `a${index}@example.com` }, from, 'newsletter', now)).status).toBe(200)
    const refused = await submit({ email: 'late@example.com' }, from, 'newsletter', now)
    expect(refused.status).toBe(429)
    expect(refused.headers).toContainEqual(['retry-after', '600'])
    expect(
      (await submit({ email: 'other@example.com' }, { ...json, 'x-forwarded-for': '198.51.100.1' })).status,
    ).toBe(200)
    const later = now + rateLimit.windowMs
    expect((await submit({ email: 'late@example.com' }, from, 'newsletter', later)).status).toBe(200)
  })

  it('answers 404 for a form it does not know, 400 for a body it cannot read, 204 to a preflight', async () => {
    expect((await submit({ email: 'ada@example.com' }, json, 'contact')).status).toBe(404)
    const garbled = buildRequest({ method: 'POST', url: '/f/newsletter', headers: json, body: '{' })
    expect((await receiveSubmission(garbled, 'newsletter')).status).toBe(400)
    const preflight = answerPreflight()
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS')
  })
})
