import { beforeEach, describe, expect, it } from 'vitest'
import settings from '@/pages/api/settings'
import { db, resetDb } from '@/lib/db'
import { callPagesApi } from '@/runtime/pages-api-call'

// Beside pages/api rather than in it: every file under pages/ becomes a route.
beforeEach(resetDb)

const url = '/api/settings'
const site = 'projects.example.com'
const ada = { cookie: 'session=session-ada', host: site }
const json = { 'content-type': 'application/json' }
const save = (headers: Record<string, string>, body: unknown) =>
  callPagesApi(settings, { method: 'POST', url, headers, body: JSON.stringify(body) })
const storedAda = () => db().users.find((user) => user.id === 'u_ada')!

describe('pages/api/settings', () => {
  it('saves the signed-in user’s profile from its own page', async () => {
    const saved = await save(
      { ...ada, ...json, origin: `https://${site}` },
      { name: ' Ada King ', email: 'ada@king.example' },
    )
    expect(saved.status).toBe(200)
    expect(JSON.parse(saved.body)).toEqual({
      message: 'Profile saved.',
      profile: { name: 'Ada King', email: 'ada@king.example' },
    })
    expect(storedAda()).toMatchObject({ name: 'Ada King', email: 'ada@king.example' })
  })

  it('answers 422 with a message per field and changes nothing', async () => {
    const invalid = await save({ ...ada, ...json }, { name: '', email: 'not-an-email' })
    expect(invalid.status).toBe(422)
    expect(JSON.parse(invalid.body)).toEqual({
      error: 'invalid_body',
      message: 'Check the highlighted fields.',
      fields: { name: 'Enter your name', email: 'Enter an email address like name@example.com' },
    })
    expect(storedAda().name).toBe('Ada Lovelace')
  })

  it('answers 401 without a session, whatever the body says about the user', async () => {
    const anonymous = await save(json, { name: 'Mallory', email: 'm@example.com', id: 'u_ada' })
    expect(anonymous.status).toBe(401)
    expect(JSON.parse(anonymous.body).message).toBe('Your session has ended. Sign in again.')
    expect(storedAda().name).toBe('Ada Lovelace')
  })

  it('refuses another site’s post (403) and a body that is not JSON (415) before reading it', async () => {
    const evil = await save({ ...ada, ...json, origin: 'https://evil.example' }, { name: 'Pwned' })
    expect(evil.status).toBe(403)
    expect(JSON.parse(evil.body).error).toBe('cross_site_request')
    const form = await callPagesApi(settings, {
      method: 'POST',
      url,
      headers: { ...ada, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=Pwned&email=p%40example.com',
    })
    expect(form.status).toBe(415)
    expect(form.headers).toContainEqual(['accept', 'application/json'])
    expect(storedAda().name).toBe('Ada Lovelace')
  })

  it('answers 405 with Allow: POST to every other method', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const answer = await callPagesApi(settings, { method, url, headers: ada })
      expect(answer.status, method).toBe(405)
      expect(answer.headers, method).toContainEqual(['allow', 'POST'])
    }
  })
})
