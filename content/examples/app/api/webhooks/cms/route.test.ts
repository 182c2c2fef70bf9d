import { beforeEach, describe, expect, it } from 'vitest'
import { resetDb } from '@/lib/db'
import { exampleSecrets } from '@/lib/webhooks/secrets'
import { takeCalls } from '@/runtime/recorder'
import { callRoute } from '@/runtime/route-call'
import { POST } from './route'

beforeEach(() => {
  resetDb()
  takeCalls()
})

const hook = (headers: Record<string, string>, body: string, url = '/api/webhooks/cms') => ({
  method: 'POST',
  url,
  headers: { 'content-type': 'application/json', ...headers },
  body,
})
const published = JSON.stringify({ slug: 'release-notes' })

describe('POST /api/webhooks/cms', () => {
  it('revalidates the published entry’s page when the secret comes in the header or the query', async () => {
    for (const request of [
      hook({ 'x-webhook-secret': exampleSecrets.cms }, published),
      hook({}, published, `/api/webhooks/cms?secret=${exampleSecrets.cms}`),
    ]) {
      const response = await callRoute(POST, request)
      expect(response.status).toBe(200)
      expect(JSON.parse(response.body)).toEqual({ revalidated: ['/articles/release-notes'] })
      expect(takeCalls()).toEqual([{ api: 'revalidatePath', args: ['/articles/release-notes'] }])
    }
  })

  it('answers 401 to a wrong or missing secret and revalidates nothing', async () => {
    for (const request of [hook({ 'x-webhook-secret': 'guess' }, published), hook({}, published)]) {
      const response = await callRoute(POST, request)
      expect(response.status).toBe(401)
      expect(JSON.parse(response.body)).toEqual({
        error: 'invalid_secret',
        message: 'The hook secret is missing or wrong.',
      })
    }
    expect(takeCalls()).toEqual([])
  })

  it('answers 422 for a body without a slug and 404 for an entry the CMS does not have', async () => {
    const secret = { 'x-webhook-secret': exampleSecrets.cms }
    expect((await callRoute(POST, hook(secret, '{}'))).status).toBe(422)
    const unknown = await callRoute(POST, hook(secret, JSON.stringify({ slug: 'nope' })))
    expect(unknown.status).toBe(404)
    expect(takeCalls()).toEqual([])
  })
})
