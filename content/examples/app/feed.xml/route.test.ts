import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { readResponse } from '@/runtime/route-call'
import { GET } from './route'

beforeEach(resetDb)

describe('GET /feed.xml', () => {
  it('lists active projects as RSS items, escaping names as text', async () => {
    db().projects[0]!.name = '<script>alert("x")</script> & co'
    const response = await readResponse(GET())
    expect(response.headers).toContainEqual(['content-type', 'application/rss+xml; charset=utf-8'])
    expect(response.body).toContain(
      '<title>&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; co</title>',
    )
    expect(response.body).not.toContain('<script>')
    expect(response.body.match(/<item>/g)).toHaveLength(2)
  })
})
