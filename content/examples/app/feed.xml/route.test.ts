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

  it('starts with the XML declaration and names authors with dc:creator, as RSS 2.0 allows', async () => {
    const { body } = await readResponse(GET())
    expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" ')).toBe(true)
    expect(body).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"')
    expect(body).toContain('<dc:creator>Ada Lovelace</dc:creator>')
    // RSS 2.0's <author> must hold an email address, which a public feed should not publish.
    expect(body).not.toContain('<author>')
  })

  it('drops a control character from a name instead of breaking the whole feed', async () => {
    db().projects[0]!.name = 'Engine\u0008 notes'
    const { body } = await readResponse(GET())
    expect(body).toContain('<title>Engine notes</title>')
    expect(body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
  })
})
