import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callAction } from '@/runtime/action-call'
import { signedInAda } from '@/tests/requests'
import { changeStatus } from './actions'

beforeEach(resetDb)

const statusOf = (id: string) => db().projects.find((project) => project.id === id)?.status

describe('changeStatus', () => {
  it('moves the owner’s draft to active and revalidates both project pages', async () => {
    const outcome = await callAction(
      changeStatus,
      { projectId: 'p_notes', status: 'active' },
      { cookies: signedInAda },
    )
    expect(outcome).toEqual({
      kind: 'returned',
      value: { ok: true, message: 'Notes on the Engine is now active.' },
      calls: [
        { api: 'revalidatePath', args: ['/dashboard/projects'] },
        { api: 'revalidatePath', args: ['/projects'] },
      ],
    })
    expect(statusOf('p_notes')).toBe('active')
  })

  it('refuses another user’s project, an illegal transition, a bad status and no session', async () => {
    const refusals = [
      [{ projectId: 'p_compiler', status: 'archived' }, signedInAda, 'No project p_compiler of yours.'],
      [{ projectId: 'p_notes', status: 'archived' }, signedInAda, 'A draft project cannot become archived.'],
      [{ projectId: 'p_notes', status: 'deleted' }, signedInAda, 'That change is not valid.'],
      [{ projectId: 'p_notes', status: 'active' }, {}, 'Your session has ended. Sign in again.'],
    ] as const
    for (const [fields, cookies, message] of refusals) {
      const outcome = await callAction(changeStatus, fields, { cookies })
      expect(outcome).toMatchObject({ kind: 'returned', value: { ok: false, message }, calls: [] })
    }
    expect(statusOf('p_compiler')).toBe('active')
    expect(statusOf('p_notes')).toBe('draft')
  })
})
