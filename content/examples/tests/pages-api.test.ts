import { beforeEach, describe, expect, it } from 'vitest'
import hello from '@/pages/api/hello'
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
