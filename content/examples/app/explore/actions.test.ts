import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callAction } from '@/runtime/action-call'
import { signedInAda, signedInGrace } from '@/tests/requests'
import { setProjectStar, type StarState } from './actions'

beforeEach(resetDb)

const starsOf = (userId: string) =>
  db()
    .stars.filter((star) => star.userId === userId)
    .map((star) => star.projectId)
const shown = (starred: boolean): StarState => ({ starred, message: '' })

describe('setProjectStar', () => {
  it('stars and unstars to the state sent, and revalidates the page', async () => {
    const star = await callAction(
      setProjectStar,
      { projectId: 'p_compiler', starred: 'true' },
      { cookies: signedInAda, previous: shown(false) },
    )
    expect(star).toEqual({
      kind: 'returned',
      value: { starred: true, message: '' },
      calls: [{ api: 'revalidatePath', args: ['/explore'] }],
    })
    expect(starsOf('u_ada')).toEqual(['p_compiler'])
    const unstar = await callAction(
      setProjectStar,
      { projectId: 'p_compiler', starred: 'false' },
      { cookies: signedInAda, previous: shown(true) },
    )
    expect(unstar).toMatchObject({ value: { starred: false, message: '' } })
    expect(starsOf('u_ada')).toEqual([])
  })

  it('gives the same result when a change arrives twice (a retry, a second tab)', async () => {
    for (const previous of [shown(false), shown(true)]) {
      const outcome = await callAction(
        setProjectStar,
        { projectId: 'p_engine', starred: 'true' },
        { cookies: signedInGrace, previous },
      )
      expect(outcome).toMatchObject({ value: { starred: true, message: '' } })
    }
    expect(starsOf('u_grace')).toEqual(['p_engine'])
  })

  it('refuses "toggle", others’ drafts, unknown ids and no session, state kept', async () => {
    const refusals = [
      [{ projectId: 'p_engine', starred: 'toggle' }, signedInAda, 'That is not a star change.'],
      [{ projectId: 'p_notes', starred: 'true' }, signedInGrace, 'No project p_notes to star.'],
      [{ projectId: 'p_missing', starred: 'true' }, signedInAda, 'No project p_missing to star.'],
      [{ projectId: 'p_engine', starred: 'false' }, {}, 'Your session has ended. Sign in again.'],
    ] as const
    for (const [fields, cookies, message] of refusals) {
      const outcome = await callAction(setProjectStar, fields, { cookies, previous: shown(true) })
      expect(outcome).toEqual({ kind: 'returned', value: { starred: true, message }, calls: [] })
    }
    expect(db().stars.map((star) => star.id)).toEqual(['u_grace:p_engine'])
  })

  it('lets the owner star their own draft', async () => {
    const outcome = await callAction(
      setProjectStar,
      { projectId: 'p_notes', starred: 'true' },
      { cookies: signedInAda, previous: shown(false) },
    )
    expect(outcome).toMatchObject({ value: { starred: true } })
  })
})
