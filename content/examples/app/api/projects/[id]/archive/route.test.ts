import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { mobileAda } from '@/tests/requests'
import { POST } from './route'

beforeEach(resetDb)

const archive = (id: string, headers: Record<string, string> = mobileAda) =>
  callRoute(POST, { method: 'POST', url: `/api/projects/${id}/archive`, headers }, { id })

describe('POST /api/projects/[id]/archive', () => {
  it('archives the caller’s active project through the service', async () => {
    const response = await archive('p_engine')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({ id: 'p_engine', status: 'archived' })
  })

  it('answers 404 for another user’s project and for a malformed id, 409 for an illegal transition', async () => {
    expect((await archive('p_compiler')).status).toBe(404)
    expect((await archive('../etc')).status).toBe(404)
    const illegal = await archive('p_notes')
    expect(illegal.status).toBe(409)
    expect(JSON.parse(illegal.body)).toEqual({
      error: 'illegal_transition',
      message: 'A draft project cannot become archived.',
    })
    expect(db().projects.find((project) => project.id === 'p_compiler')?.status).toBe('active')
  })

  it('answers 401 without a token', async () => {
    expect((await archive('p_engine', {})).status).toBe(401)
  })
})
