import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { extensionGrace, json, mobileAda } from '@/tests/requests'
import { POST } from './route'

beforeEach(resetDb)

const url = '/api/mobile/places'
const place = { name: 'Bletchley Park', lat: 51.997, lng: -0.741 }

describe('POST /api/mobile/places', () => {
  it('creates a place for the token’s user: 201 with a Location', async () => {
    const response = await callRoute(POST, { method: 'POST', url, headers: mobileAda, body: json(place) })
    expect(response.status).toBe(201)
    const created = JSON.parse(response.body)
    expect(created).toMatchObject({ ...place, ownerId: 'u_ada' })
    expect(response.headers).toContainEqual(['location', `/api/mobile/places/${created.id}`])
    expect(db().places).toHaveLength(1)
  })

  it('answers 401 with WWW-Authenticate for a missing, unknown or other-client token', async () => {
    const callers: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer nope' },
      { authorization: 'Basic abc' },
      extensionGrace,
    ]
    for (const headers of callers) {
      const response = await callRoute(POST, { method: 'POST', url, headers, body: json(place) })
      expect(response.status).toBe(401)
      expect(response.headers).toContainEqual(['www-authenticate', 'Bearer'])
    }
    expect(db().places).toEqual([])
  })

  it('answers 400 for a body that is not JSON and 422 with field messages for an invalid one', async () => {
    expect((await callRoute(POST, { method: 'POST', url, headers: mobileAda, body: '{' })).status).toBe(400)
    const invalid = await callRoute(POST, {
      method: 'POST',
      url,
      headers: mobileAda,
      body: json({ name: ' ', lat: 91, lng: 'east' }),
    })
    expect(invalid.status).toBe(422)
    expect(JSON.parse(invalid.body).fields).toEqual({
      name: 'Enter a name',
      lat: expect.any(String),
      lng: 'lng must be a number',
    })
    expect(db().places).toEqual([])
  })
})
