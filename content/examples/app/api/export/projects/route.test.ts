import { beforeEach, describe, expect, it } from 'vitest'
import { resetDb } from '@/lib/db'
import { readResponse } from '@/runtime/route-call'
import { setRequestCookies } from '@/runtime/recorder'
import { signedInGrace } from '@/tests/requests'
import { GET } from './route'

beforeEach(resetDb)

describe('GET /api/export/projects', () => {
  it('downloads the signed-in user’s projects as CSV, formula text escaped', async () => {
    setRequestCookies(signedInGrace)
    const response = await readResponse(await GET())
    expect(response.status).toBe(200)
    expect(response.headers).toContainEqual(['content-disposition', 'attachment; filename="projects.csv"'])
    expect(response.headers).toContainEqual(['content-type', 'text/csv; charset=utf-8'])
    const lines = response.body.trimEnd().split('\r\n')
    expect(lines[0]).toBe('id,name,status,updated_at')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toMatch(/^p_cobol,"COBOL, ""=SUM"" edition",archived,/)
  })

  it('answers 401 without a session', async () => {
    setRequestCookies({ session: 'forged' })
    expect((await GET()).status).toBe(401)
  })
})
