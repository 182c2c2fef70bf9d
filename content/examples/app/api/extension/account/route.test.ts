import { beforeEach, describe, expect, it } from 'vitest'
import { resetDb } from '@/lib/db'
import { extensionOrigin } from '@/lib/cors'
import { callRoute } from '@/runtime/route-call'
import { extensionGrace } from '@/tests/requests'
import { GET, OPTIONS } from './route'

beforeEach(resetDb)

const url = '/api/extension/account'

describe('/api/extension/account', () => {
  it('tells the extension who is signed in, privately, with CORS for its origin', async () => {
    const response = await callRoute(GET, { method: 'GET', url, headers: extensionGrace })
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toEqual({ id: 'u_grace', name: 'Grace Hopper', subscription: 'active' })
    expect(response.headers).toContainEqual(['cache-control', 'private, no-store'])
    expect(response.headers).toContainEqual(['access-control-allow-origin', extensionOrigin])
  })

  it('refuses another origin (403) and a missing token (401); preflight allows GET', async () => {
    const evil = { ...extensionGrace, origin: 'https://evil.example' }
    expect((await callRoute(GET, { method: 'GET', url, headers: evil })).status).toBe(403)
    expect((await callRoute(GET, { method: 'GET', url, headers: { origin: extensionOrigin } })).status).toBe(
      401,
    )
    const preflight = await callRoute(OPTIONS, {
      method: 'OPTIONS',
      url,
      headers: { origin: extensionOrigin },
    })
    expect(preflight.headers).toContainEqual(['access-control-allow-methods', 'GET, OPTIONS'])
  })
})
