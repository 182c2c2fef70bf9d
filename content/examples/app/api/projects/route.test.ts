import { beforeEach, describe, expect, it } from 'vitest'
import { resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { json, mobileAda } from '@/tests/requests'
import { GET, POST } from './route'

beforeEach(resetDb)

describe('/api/projects', () => {
  it('lists only the token user’s projects, filtered by a valid status', async () => {
    const all = JSON.parse(
      (await callRoute(GET, { method: 'GET', url: '/api/projects', headers: mobileAda })).body,
    )
    expect(all.projects.map((project: { id: string }) => project.id)).toEqual(['p_engine', 'p_notes'])
    const drafts = await callRoute(GET, {
      method: 'GET',
      url: '/api/projects?status=draft',
      headers: mobileAda,
    })
    expect(JSON.parse(drafts.body).projects).toEqual([expect.objectContaining({ id: 'p_notes' })])
  })

  it('refuses a missing token (401) and an unknown status (400)', async () => {
    expect((await callRoute(GET, { method: 'GET', url: '/api/projects' })).status).toBe(401)
    const bad = await callRoute(GET, {
      method: 'GET',
      url: '/api/projects?status=deleted',
      headers: mobileAda,
    })
    expect(bad.status).toBe(400)
  })

  it('creates a draft project (201) and answers 422 for an empty name', async () => {
    const created = await callRoute(POST, {
      method: 'POST',
      url: '/api/projects',
      headers: mobileAda,
      body: json({ name: 'Difference Engine' }),
    })
    expect(created.status).toBe(201)
    expect(JSON.parse(created.body)).toMatchObject({
      name: 'Difference Engine',
      status: 'draft',
      ownerId: 'u_ada',
    })
    const invalid = await callRoute(POST, {
      method: 'POST',
      url: '/api/projects',
      headers: mobileAda,
      body: json({}),
    })
    expect(invalid.status).toBe(422)
    expect(
      (await callRoute(POST, { method: 'POST', url: '/api/projects', body: json({ name: 'x' }) })).status,
    ).toBe(401)
  })
})
