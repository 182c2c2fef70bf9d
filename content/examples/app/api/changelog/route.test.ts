import { beforeEach, describe, expect, it } from 'vitest'
import { encodeCursor } from '@/features/changelog/cursor'
import { db, resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { GET } from './route'

beforeEach(resetDb)

type Page = { entries: Array<{ id: string; title: string }>; nextCursor: string | null }

const get = (query = '') => callRoute(GET, { method: 'GET', url: `/api/changelog${query}` })
async function page(query = ''): Promise<Page> {
  const response = await get(query)
  expect(response.status).toBe(200)
  return JSON.parse(response.body)
}
const after = (cursor: string | null, limit = '') =>
  `?cursor=${encodeURIComponent(cursor ?? '')}${limit && `&limit=${limit}`}`

describe('GET /api/changelog', () => {
  it('answers the newest 20 entries and a cursor for the rest, cacheable by anyone', async () => {
    const response = await get()
    const first: Page = JSON.parse(response.body)
    expect(first.entries).toHaveLength(20)
    expect(first.entries[0]).toMatchObject({ id: 'chg_045', title: 'Release 45' })
    expect(first.entries.at(-1)?.id).toBe('chg_026')
    expect(first.nextCursor).toMatch(/^[\w-]+$/)
    expect(response.headers).toContainEqual(['cache-control', 'public, max-age=60'])
  })

  it('walks every entry once, in order, and gives no cursor after the last page', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const current: Page = await page(cursor === null ? '' : after(cursor))
      seen.push(...current.entries.map((entry) => entry.id))
      cursor = current.nextCursor
      pages += 1
    } while (cursor !== null)
    expect(pages).toBe(3)
    expect(seen).toEqual(db().changelog.map((entry) => entry.id))
  })

  it('shows nothing twice when an entry is published between two pages', async () => {
    const first = await page()
    const now = new Date().toISOString()
    db().changelog.unshift({ id: 'chg_046', title: 'Release 46', publishedAt: now })
    const second = await page(after(first.nextCursor))
    expect(second.entries[0]?.id).toBe('chg_025')
    expect(second.entries.map((entry) => entry.id)).not.toContain('chg_026')
  })

  it('takes a smaller page size, and refuses one over 50 or not a whole number', async () => {
    expect((await page('?limit=5')).entries).toHaveLength(5)
    for (const limit of ['51', '0', '2.5', 'all', '']) {
      const response = await get(`?limit=${limit}`)
      expect(response.status, limit).toBe(400)
      expect(JSON.parse(response.body)).toEqual({
        error: 'invalid_limit',
        message: 'Ask for 1 to 50 entries at a time.',
      })
    }
  })

  it('refuses a cursor it did not give out with 400', async () => {
    const forged = encodeCursor({ publishedAt: 'yesterday', id: 'chg_001' })
    for (const cursor of ['', 'not a cursor', 'bm90LWpzb24', forged, 'x'.repeat(201)]) {
      const response = await get(after(cursor))
      expect(response.status, cursor).toBe(400)
      expect(JSON.parse(response.body).error).toBe('invalid_cursor')
    }
  })
})
