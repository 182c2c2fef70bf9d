import { beforeEach, describe, expect, it } from 'vitest'
import { resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { GET } from './route'

beforeEach(resetDb)

const person = (id: string) => callRoute(GET, { method: 'GET', url: `/api/people/${id}` }, { id })

describe('GET /api/people/[id]', () => {
  it('answers the public card, cacheable by anyone: active projects only, no email', async () => {
    const response = await person('u_grace')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toEqual({
      id: 'u_grace',
      name: 'Grace Hopper',
      activeProjects: [{ id: 'p_compiler', name: 'A-0 Compiler' }],
    })
    expect(response.body).not.toContain('@example.com')
    expect(response.headers).toContainEqual(['cache-control', 'public, max-age=60'])
  })

  it('answers 404 for nobody and 400 for an id that cannot be one', async () => {
    expect(JSON.parse((await person('u_nobody')).body)).toEqual({
      error: 'not_found',
      message: 'No person u_nobody.',
    })
    const bad = await person('../admin')
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).message).toBe('A person id looks like u_ada.')
  })
})
