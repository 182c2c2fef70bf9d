import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callAction } from '@/runtime/action-call'
import { signedInAda, signedInGrace } from '@/tests/requests'
import { removeProject } from './actions'

beforeEach(resetDb)

describe('removeProject', () => {
  it('lets an admin delete any project', async () => {
    const outcome = await callAction(removeProject, { projectId: 'p_engine' }, { cookies: signedInGrace })
    expect(outcome).toMatchObject({
      kind: 'returned',
      value: { ok: true, message: 'Deleted Analytical Engine.' },
    })
    expect(db().projects.map((project) => project.id)).not.toContain('p_engine')
  })

  it('refuses a member, even for their own project, and a malformed id', async () => {
    const member = await callAction(removeProject, { projectId: 'p_engine' }, { cookies: signedInAda })
    expect(member).toMatchObject({
      value: { ok: false, message: 'Only an admin can delete projects.' },
      calls: [],
    })
    const malformed = await callAction(removeProject, { projectId: 'DROP TABLE' }, { cookies: signedInGrace })
    expect(malformed).toMatchObject({ value: { ok: false, message: 'That is not a project id.' } })
    expect(db().projects).toHaveLength(4)
  })
})
