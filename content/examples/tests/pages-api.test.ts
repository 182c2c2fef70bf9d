import type { NextApiRequest, NextApiResponse } from 'next'
import { beforeEach, describe, expect, it } from 'vitest'
import hello from '@/pages/api/hello'
import projects from '@/pages/api/v1/projects'
import payments, { config } from '@/pages/api/webhooks/payments'
import { db, resetDb } from '@/lib/db'
import { callPagesApi } from '@/runtime/pages-api-call'
import { billingEvent, signedDelivery } from './requests'

// Beside pages/api rather than in it: every file under pages/ becomes a route.
beforeEach(resetDb)

describe('pages/api/hello', () => {
  it('greets on GET and answers 405 with Allow for any other method', async () => {
    expect(await callPagesApi(hello, { method: 'GET', url: '/api/hello?name=Ada' })).toMatchObject({
      status: 200,
      body: '{"message":"Hello, Ada!"}',
    })
    const post = await callPagesApi(hello, { method: 'POST', url: '/api/hello' })
    expect(post.status).toBe(405)
    expect(post.headers).toContainEqual(['allow', 'GET'])
  })
})

describe('pages/api/webhooks/payments', () => {
  it('turns off the body parser so it can check the raw bytes', () => {
    expect(config).toEqual({ api: { bodyParser: false } })
  })

  it('applies a signed event once and refuses a bad signature', async () => {
    const delivery = { ...(await signedDelivery(billingEvent('evt_pages'))), url: '/api/webhooks/payments' }
    expect((await callPagesApi(payments, delivery, config.api)).status).toBe(200)
    expect(db().subscriptions.u_ada).toBe('past_due')
    const replay = await callPagesApi(payments, delivery, config.api)
    expect(JSON.parse(replay.body)).toEqual({ received: true, duplicate: true })

    const forged = { ...delivery, headers: { 'stripe-signature': 't=1,v1=00' } }
    expect(await callPagesApi(payments, forged, config.api)).toMatchObject({ status: 400 })
    expect((await callPagesApi(payments, { method: 'GET', url: '/api/webhooks/payments' })).status).toBe(405)
  })

  it('decodes a character split across two chunks of the stream, so the signature still matches', async () => {
    const body = billingEvent('evt_split', 'customer.created').replace('u_ada', 'Zoë')
    const { headers } = await signedDelivery(body)
    const bytes = new TextEncoder().encode(body)
    const middleOfE = bytes.indexOf(0xc3) + 1
    const chunks = [bytes.slice(0, middleOfE), bytes.slice(middleOfE)]
    const sent: { status?: number; body?: unknown } = {}
    const request = {
      method: 'POST',
      headers,
      async *[Symbol.asyncIterator]() {
        yield* chunks
      },
    } as unknown as NextApiRequest
    const response = {
      status: (code: number) => ((sent.status = code), response),
      setHeader: () => response,
      json: (json: unknown) => void (sent.body = json),
    } as unknown as NextApiResponse
    await payments(request, response)
    expect(sent).toEqual({ status: 200, body: { received: true, ignored: true } })
  })

  it('acknowledges an event with empty data with 200, and names the missing field in a 400', async () => {
    const url = '/api/webhooks/payments'
    const empty = await signedDelivery(JSON.stringify({ id: 'evt_empty', type: 'invoice.paid', data: {} }))
    expect(await callPagesApi(payments, { ...empty, url }, config.api)).toMatchObject({
      status: 200,
      body: '{"received":true,"ignored":true}',
    })
    const noType = await signedDelivery(JSON.stringify({ id: 'evt_no_type', data: {} }))
    const refused = await callPagesApi(payments, { ...noType, url }, config.api)
    expect(refused.status).toBe(400)
    expect(JSON.parse(refused.body)).toMatchObject({ error: 'invalid_event', field: 'type' })
  })
})

describe('pages/api/v1/projects', () => {
  const url = '/api/v1/projects'
  const ada = { cookie: 'session=session-ada' }
  const json = { 'content-type': 'application/json' }

  it('answers 401 without a session or a mobile token', async () => {
    const anonymous = await callPagesApi(projects, { method: 'GET', url })
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers).toContainEqual(['www-authenticate', 'Bearer'])
    const wrongClient = { authorization: 'Bearer extension-token-grace' }
    expect((await callPagesApi(projects, { method: 'GET', url, headers: wrongClient })).status).toBe(401)
  })

  it('lists the caller’s projects through the same query, by session or by mobile token', async () => {
    const bySession = await callPagesApi(projects, {
      method: 'GET',
      url: `${url}?status=active`,
      headers: ada,
    })
    expect(bySession.status).toBe(200)
    expect(JSON.parse(bySession.body).projects.map((project: { id: string }) => project.id)).toEqual([
      'p_engine',
    ])
    const byToken = await callPagesApi(projects, {
      method: 'GET',
      url,
      headers: { authorization: 'Bearer mobile-token-ada' },
    })
    expect(JSON.parse(byToken.body).projects).toHaveLength(2)
    expect(
      (await callPagesApi(projects, { method: 'GET', url: `${url}?status=gone`, headers: ada })).status,
    ).toBe(400)
  })

  it('creates a draft through the service, refuses a bad body with 422 and other methods with 405', async () => {
    const created = await callPagesApi(projects, {
      method: 'POST',
      url,
      headers: { ...ada, ...json },
      body: JSON.stringify({ name: 'Difference Engine' }),
    })
    expect(created.status).toBe(201)
    expect(JSON.parse(created.body)).toMatchObject({ ownerId: 'u_ada', status: 'draft' })
    const invalid = await callPagesApi(projects, {
      method: 'POST',
      url,
      headers: { ...ada, ...json },
      body: JSON.stringify({ name: ' ' }),
    })
    expect(invalid).toMatchObject({ status: 422 })
    expect(JSON.parse(invalid.body).fields).toEqual({ name: 'Enter a name' })
    const put = await callPagesApi(projects, { method: 'PUT', url, headers: ada })
    expect(put.status).toBe(405)
    expect(put.headers).toContainEqual(['allow', 'GET, POST'])
  })
})

describe('pages/api/v1/projects refuses cross-site mutations (CSRF)', () => {
  const url = '/api/v1/projects'
  const site = 'projects.example.com'
  const ada = { cookie: 'session=session-ada', host: site }
  const json = { 'content-type': 'application/json' }
  const form = { 'content-type': 'application/x-www-form-urlencoded' }
  const evil = { origin: 'https://evil.example' }
  const storeNow = () => JSON.stringify(db())

  // Next.js's body parser turns a form body into an object (querystring.decode in
  // next/dist/server/api-utils/node/parse-body.js, 15 and 16); the stand-in keeps a string.
  const parsingForms = (request: NextApiRequest, response: NextApiResponse) => {
    const type = String(request.headers['content-type'] ?? '')
    if (type.startsWith('application/x-www-form-urlencoded') && typeof request.body === 'string') {
      request.body = Object.fromEntries(new URLSearchParams(request.body))
    }
    return projects(request, response)
  }
  const post = (headers: Record<string, string>, body: string) =>
    callPagesApi(parsingForms, { method: 'POST', url, headers: { ...ada, ...headers }, body })

  it('refuses a form posted from another site with 403 and changes nothing', async () => {
    const before = storeNow()
    const attack = await post({ ...evil, ...form }, 'name=Pwned')
    expect(attack.status).toBe(403)
    const refusal = JSON.parse(attack.body)
    expect(refusal.error).toBe('cross_site_request')
    expect(refusal.message).toBe(
      'Origin https://evil.example is not projects.example.com: only pages of this site may change data.',
    )
    expect(storeNow()).toBe(before)
  })

  it('refuses JSON from another site, and Sec-Fetch-Site or Origin null without a usable Origin', async () => {
    const before = storeNow()
    const body = JSON.stringify({ name: 'Pwned' })
    expect((await post({ ...evil, ...json }, body)).status).toBe(403)
    expect((await post({ 'sec-fetch-site': 'cross-site', ...json }, body)).status).toBe(403)
    expect((await post({ 'sec-fetch-site': 'same-site', ...json }, body)).status).toBe(403)
    expect((await post({ origin: 'null', ...json }, body)).status).toBe(403)
    expect(storeNow()).toBe(before)
  })

  it('answers 415 with Accept for a body that is not JSON, even from its own site', async () => {
    const before = storeNow()
    const sameSiteForm = await post({ origin: `https://${site}`, ...form }, 'name=Pwned')
    expect(sameSiteForm.status).toBe(415)
    expect(sameSiteForm.headers).toContainEqual(['accept', 'application/json'])
    // A text/plain form can carry a JSON-looking body; with no Origin it still needs JSON.
    const textPlain = await post({ 'content-type': 'text/plain' }, '{"name":"Pwned"}')
    expect(JSON.parse(textPlain.body).error).toBe('unsupported_media_type')
    expect(storeNow()).toBe(before)
  })

  it('still creates for its own pages (also behind a proxy) and for the mobile app', async () => {
    const body = JSON.stringify({ name: 'Difference Engine' })
    const own = await post({ origin: `https://${site}`, ...json }, body)
    expect(own.status).toBe(201)
    const proxied = await post(
      { host: 'app:3000', 'x-forwarded-host': site, origin: `https://${site}`, ...json },
      JSON.stringify({ name: 'Proxied' }),
    )
    expect(proxied.status).toBe(201)
    const mobile = await callPagesApi(projects, {
      method: 'POST',
      url,
      headers: { authorization: 'Bearer mobile-token-ada', ...json },
      body: JSON.stringify({ name: 'From the phone' }),
    })
    expect(mobile.status).toBe(201)
    expect(db().projects.filter((project) => project.ownerId === 'u_ada')).toHaveLength(5)
  })

  it('lets a read through from anywhere: the browser keeps the response from other sites', async () => {
    const read = await callPagesApi(projects, { method: 'GET', url, headers: { ...ada, ...evil } })
    expect(read.status).toBe(200)
  })
})
