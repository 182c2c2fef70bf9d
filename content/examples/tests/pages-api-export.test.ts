import { beforeEach, describe, expect, it } from 'vitest'
import exportProjects from '@/pages/api/v1/export/projects'
import { resetDb } from '@/lib/db'
import { callPagesApi } from '@/runtime/pages-api-call'

// Beside pages/api rather than in it: every file under pages/ becomes a route.
beforeEach(resetDb)

const url = '/api/v1/export/projects'

describe('pages/api/v1/export/projects', () => {
  it('sends the signed-in user’s own projects as a CSV download, never cached', async () => {
    const file = await callPagesApi(exportProjects, {
      method: 'GET',
      url,
      headers: { cookie: 'session=session-grace' },
    })
    expect(file.status).toBe(200)
    expect(file.headers).toEqual(
      expect.arrayContaining([
        ['content-type', 'text/csv; charset=utf-8'],
        ['content-disposition', 'attachment; filename="projects.csv"'],
        ['cache-control', 'private, no-store'],
      ]),
    )
    // Grace's rows only, and her "=SUM" project name starts with a quote, not a formula.
    expect(file.body.split('\r\n')).toEqual([
      '\uFEFFid,name,status,updated_at',
      'p_compiler,A-0 Compiler,active,2026-01-15T09:00:00.000Z',
      'p_cobol,"COBOL, ""=SUM"" edition",archived,2026-01-15T09:00:00.000Z',
      '',
    ])
  })

  it('answers 401 without a session and 405 with Allow: GET to other methods', async () => {
    const anonymous = await callPagesApi(exportProjects, { method: 'GET', url })
    expect(anonymous.status).toBe(401)
    expect(JSON.parse(anonymous.body).message).toBe('Sign in to export your projects.')
    const post = await callPagesApi(exportProjects, {
      method: 'POST',
      url,
      headers: { cookie: 'session=session-grace' },
    })
    expect(post.status).toBe(405)
    expect(post.headers).toContainEqual(['allow', 'GET'])
  })
})
