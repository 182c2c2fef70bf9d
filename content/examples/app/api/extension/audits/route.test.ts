import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { extensionOrigin } from '@/lib/cors'
import { callRoute } from '@/runtime/route-call'
import { extensionGrace, json, mobileAda } from '@/tests/requests'
import { OPTIONS, POST } from './route'

beforeEach(resetDb)

const url = '/api/extension/audits'
const audit = json({ url: 'https://example.com/pricing', score: 87 })

describe('/api/extension/audits', () => {
  it('answers the preflight of the extension with its origin, and 403 for any other origin', async () => {
    const allowed = await callRoute(OPTIONS, { method: 'OPTIONS', url, headers: { origin: extensionOrigin } })
    expect(allowed.status).toBe(204)
    expect(allowed.headers).toContainEqual(['access-control-allow-origin', extensionOrigin])
    expect(allowed.headers).toContainEqual(['access-control-allow-methods', 'POST, OPTIONS'])
    const other = await callRoute(OPTIONS, {
      method: 'OPTIONS',
      url,
      headers: { origin: 'https://evil.example' },
    })
    expect(other.status).toBe(403)
    expect(other.headers.map(([name]) => name)).not.toContain('access-control-allow-origin')
  })

  it('stores an audit for the extension token with CORS headers (201)', async () => {
    const response = await callRoute(POST, { method: 'POST', url, headers: extensionGrace, body: audit })
    expect(response.status).toBe(201)
    expect(response.headers).toContainEqual(['access-control-allow-origin', extensionOrigin])
    expect(db().audits).toEqual([expect.objectContaining({ ownerId: 'u_grace', score: 87 })])
  })

  it('puts the CORS headers on its errors too, so the extension can read why a call failed', async () => {
    const noToken = await callRoute(POST, {
      method: 'POST',
      url,
      headers: { origin: extensionOrigin },
      body: audit,
    })
    const invalid = await callRoute(POST, { method: 'POST', url, headers: extensionGrace, body: json({}) })
    const notJson = await callRoute(POST, { method: 'POST', url, headers: extensionGrace, body: '{' })
    for (const [response, status] of [
      [noToken, 401],
      [invalid, 422],
      [notJson, 400],
    ] as const) {
      expect(response.status).toBe(status)
      expect(response.headers).toContainEqual(['access-control-allow-origin', extensionOrigin])
      expect(JSON.parse(response.body).message).toEqual(expect.any(String))
    }
  })

  it('lets the preflight name Authorization and Content-Type, and cache the answer for ten minutes', async () => {
    const allowed = await callRoute(OPTIONS, { method: 'OPTIONS', url, headers: { origin: extensionOrigin } })
    expect(allowed.headers).toContainEqual(['access-control-allow-headers', 'Authorization, Content-Type'])
    expect(allowed.headers).toContainEqual(['access-control-max-age', '600'])
    expect(allowed.headers).toContainEqual(['vary', 'Origin'])
  })

  it('refuses a disallowed origin (403), a mobile token (401) and an invalid body (422)', async () => {
    const evil = { ...extensionGrace, origin: 'https://evil.example' }
    expect((await callRoute(POST, { method: 'POST', url, headers: evil, body: audit })).status).toBe(403)
    const wrongToken = { ...mobileAda, origin: extensionOrigin }
    expect((await callRoute(POST, { method: 'POST', url, headers: wrongToken, body: audit })).status).toBe(
      401,
    )
    const invalid = json({ url: 'javascript:alert(1)', score: 101 })
    const response = await callRoute(POST, { method: 'POST', url, headers: extensionGrace, body: invalid })
    expect(response.status).toBe(422)
    expect(Object.keys(JSON.parse(response.body).fields)).toEqual(['url', 'score'])
    expect(db().audits).toEqual([])
  })
})
