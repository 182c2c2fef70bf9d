import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callAction } from '@/runtime/action-call'
import { signedInAda, signedInGrace } from '@/tests/requests'
import { changeRole } from './actions'

beforeEach(resetDb)

const roleOf = (id: string) => db().users.find((user) => user.id === id)?.role

describe('changeRole', () => {
  it('lets an admin make a member an admin, and refreshes the section', async () => {
    const outcome = await callAction(
      changeRole,
      { userId: 'u_ada', role: 'admin' },
      { cookies: signedInGrace },
    )
    expect(outcome).toEqual({
      kind: 'returned',
      value: { ok: true, message: 'Ada Lovelace is now an admin.' },
      calls: [{ api: 'revalidatePath', args: ['/members', 'layout'] }],
    })
    expect(roleOf('u_ada')).toBe('admin')
  })

  it('refuses a signed-in member with 403: the page hid the form, the action still checks', async () => {
    const outcome = await callAction(changeRole, { userId: 'u_ada', role: 'admin' }, { cookies: signedInAda })
    expect(outcome).toMatchObject({
      value: { ok: false, status: 403, message: 'Only admins can change roles.' },
    })
    expect(roleOf('u_ada')).toBe('member')
  })

  it('refuses a call without a session, or with a cookie that names none, with 401', async () => {
    for (const cookies of [{}, { session: 'forged' }] as Array<Record<string, string>>) {
      const outcome = await callAction(changeRole, { userId: 'u_ada', role: 'admin' }, { cookies })
      expect(outcome).toMatchObject({ value: { ok: false, status: 401 } })
    }
  })

  it('refuses an admin’s change of their own role, and input that is not a role', async () => {
    const own = await callAction(
      changeRole,
      { userId: 'u_grace', role: 'member' },
      { cookies: signedInGrace },
    )
    expect(own).toMatchObject({ value: { status: 409 } })
    const invalid = await callAction(
      changeRole,
      { userId: 'u_ada', role: 'owner' },
      { cookies: signedInGrace },
    )
    expect(invalid).toMatchObject({ value: { status: 422 } })
  })
})
