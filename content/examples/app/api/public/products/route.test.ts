import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { readResponse } from '@/runtime/route-call'
import { GET } from './route'

beforeEach(resetDb)

describe('GET /api/public/products', () => {
  it('serves public JSON that browsers and CDNs may cache, and pages on any site may read', async () => {
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
    expect(response.headers).toContainEqual(['access-control-allow-origin', '*'])
  })

  it('publishes only the documented fields, whatever else the stored row holds', async () => {
    Object.assign(db().products[0]!, { supplierCostCents: 120 })
    const [first] = JSON.parse((await readResponse(GET())).body).products
    expect(Object.keys(first).sort()).toEqual(['id', 'name', 'price'])
  })
})
