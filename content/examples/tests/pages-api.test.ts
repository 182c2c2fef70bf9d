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
