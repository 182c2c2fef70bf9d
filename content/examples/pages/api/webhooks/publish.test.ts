import { beforeEach, describe, expect, it } from 'vitest'
import { resetDb } from '@/lib/db'
import { exampleSecrets } from '@/lib/webhooks/secrets'
import { callPagesApi } from '@/runtime/pages-api-call'
import { takeCalls } from '@/runtime/recorder'
import handler from './publish'

beforeEach(() => {
  resetDb()
  takeCalls()
})

const json = { 'content-type': 'application/json' }
const published = JSON.stringify({ slug: 'getting-started' })

describe('pages/api/webhooks/publish', () => {
  it('calls res.revalidate for the entry’s page, with the secret in the header or the query', async () => {
    for (const request of [
      { headers: { ...json, 'x-webhook-secret': exampleSecrets.cms }, url: '/api/webhooks/publish' },
      { headers: json, url: `/api/webhooks/publish?secret=${exampleSecrets.cms}` },
    ]) {
      const response = await callPagesApi(handler, { method: 'POST', body: published, ...request })
      expect(response.status).toBe(200)
      expect(JSON.parse(response.body)).toEqual({ revalidated: ['/handbook/getting-started'] })
      expect(takeCalls()).toEqual([{ api: 'res.revalidate', args: ['/handbook/getting-started'] }])
    }
  })

  it('answers 401 to a wrong secret, 405 with Allow to a GET, 422 and 404 to bad entries', async () => {
    const call = (method: string, headers: Record<string, string>, body = published) =>
      callPagesApi(handler, { method, url: '/api/webhooks/publish', headers: { ...json, ...headers }, body })
    const secret = { 'x-webhook-secret': exampleSecrets.cms }
    expect((await call('POST', { 'x-webhook-secret': 'guess' })).status).toBe(401)
    const get = await call('GET', secret, '')
    expect(get.status).toBe(405)
    expect(get.headers).toContainEqual(['allow', 'POST'])
    expect((await call('POST', secret, '{"slug":"Not A Slug"}')).status).toBe(422)
    expect((await call('POST', secret, '{"slug":"missing"}')).status).toBe(404)
    expect(takeCalls()).toEqual([])
  })
})
