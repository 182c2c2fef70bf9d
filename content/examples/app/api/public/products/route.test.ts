import { describe, expect, it } from 'vitest'
import { readResponse } from '@/runtime/route-call'
import { GET } from './route'

describe('GET /api/public/products', () => {
  it('serves public JSON that browsers and CDNs may cache', async () => {
    const response = await readResponse(GET())
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body).products).toEqual([
      { id: 'prod_starter', name: 'Starter', price: 9 },
      { id: 'prod_team', name: 'Team & Co', price: 49 },
    ])
    expect(response.headers).toContainEqual([
      'cache-control',
      'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
    ])
  })
})
