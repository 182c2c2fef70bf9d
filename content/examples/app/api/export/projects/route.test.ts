import { beforeEach, describe, expect, it } from 'vitest'
import { resetDb } from '@/lib/db'
import { readResponse } from '@/runtime/route-call'
import { setRequestCookies } from '@/runtime/recorder'
import { signedInAda, signedInGrace } from '@/tests/requests'
import { GET } from './route'

beforeEach(resetDb)

describe('GET /api/export/projects', () => {
  it('downloads the signed-in user’s projects as CSV, formula text escaped', async () => {
    setRequestCookies(signedInGrace)
    const response = await readResponse(await GET())
    expect(response.status).toBe(200)
    expect(response.headers).toContainEqual(['content-disposition', 'attachment; filename="projects.csv"'])
    expect(response.headers).toContainEqual(['content-type', 'text/csv; charset=utf-8'])
    expect(response.headers).toContainEqual(['cache-control', 'private, no-store'])
    const lines = response.body.trimEnd().split('\r\n')
    expect(lines[0]).toBe('id,name,status,updated_at')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toMatch(/^p_cobol,"COBOL, ""=SUM"" edition",archived,/)
  })

  it('lists only the caller’s own projects', async () => {
    setRequestCookies(signedInAda)
    const ids = (await readResponse(await GET())).body
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0])
    expect(ids).toEqual(['p_engine', 'p_notes'])
  })

  it('starts the file with the UTF-8 byte order mark, so Excel reads accents right', async () => {
    setRequestCookies(signedInAda)
    const bytes = new Uint8Array(await (await GET()).arrayBuffer())
    expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 'i'.charCodeAt(0)])
  })

  it('answers 401 without a session', async () => {
    setRequestCookies({ session: 'forged' })
    expect((await GET()).status).toBe(401)
  })
})
