import { beforeEach, describe, expect, it } from 'vitest'
import { resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { GET } from './route'

beforeEach(resetDb)

const search = (query: string) =>
  callRoute(GET, { method: 'GET', url: `/api/search?q=${encodeURIComponent(query)}` })

describe('GET /api/search', () => {
  it('suggests non-draft projects whose name contains the query, case-insensitive', async () => {
    const response = await search('ENGINE')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toEqual({
      query: 'ENGINE',
      suggestions: [{ id: 'p_engine', name: 'Analytical Engine' }],
    })
  })

  it('answers 400 for a query under two or over 100 characters', async () => {
    expect(JSON.parse((await search('a')).body)).toEqual({
      error: 'query_too_short',
      message: 'Type at least two characters.',
    })
    expect((await search('x'.repeat(101))).status).toBe(400)
  })
})
