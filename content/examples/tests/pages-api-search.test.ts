import { beforeEach, describe, expect, it } from 'vitest'
import search from '@/pages/api/v1/search'
import { resetDb } from '@/lib/db'
import { callPagesApi } from '@/runtime/pages-api-call'

// Beside pages/api rather than in it: every file under pages/ becomes a route.
beforeEach(resetDb)

const ask = (query: string, method = 'GET') => callPagesApi(search, { method, url: `/api/v1/search${query}` })

describe('pages/api/v1/search', () => {
  it('suggests projects that are not drafts, with only their id and name, cached briefly', async () => {
    const found = await ask('?q=ENGINE')
    expect(found.status).toBe(200)
    expect(JSON.parse(found.body)).toEqual({
      query: 'ENGINE',
      suggestions: [{ id: 'p_engine', name: 'Analytical Engine' }],
    })
    expect(found.headers).toContainEqual(['cache-control', 'private, max-age=30'])
    expect(found.headers.filter(([name]) => name.startsWith('access-control-'))).toEqual([])
  })

  it('answers 400 with the reason for a query too short, too long or missing', async () => {
    const cases = {
      '?q=%20e%20': 'Type at least two characters.',
      [`?q=${'x'.repeat(101)}`]: 'Keep the query under 100 characters.',
      '': 'Send one query, as ?q=.',
    }
    for (const [query, message] of Object.entries(cases)) {
      const refused = await ask(query)
      expect(refused.status, query).toBe(400)
      expect(JSON.parse(refused.body), query).toEqual({ error: 'invalid_query', message })
    }
  })

  it('answers 405 with Allow: GET to other methods', async () => {
    const post = await ask('?q=engine', 'POST')
    expect(post.status).toBe(405)
    expect(post.headers).toContainEqual(['allow', 'GET'])
  })
})
