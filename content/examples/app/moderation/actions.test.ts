import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callAction } from '@/runtime/action-call'
import { signedInAda, signedInGrace } from '@/tests/requests'
import { moderateComment } from './actions'

beforeEach(resetDb)

const noPermission = 'You do not have permission to moderate comments.'
const statusOf = (id: string) => db().comments.find((comment) => comment.id === id)?.status

describe('moderateComment', () => {
  it('lets an admin approve or reject a pending comment, and revalidates the queue', async () => {
    const approved = await callAction(
      moderateComment,
      { commentId: 'c_music', decision: 'approve' },
      { cookies: signedInGrace },
    )
    expect(approved).toEqual({
      kind: 'returned',
      value: { ok: true, message: 'The comment is approved.' },
      calls: [{ api: 'revalidatePath', args: ['/moderation'] }],
    })
    expect(db().comments.find((comment) => comment.id === 'c_music')).toMatchObject({
      status: 'approved',
      moderatedBy: 'u_grace',
    })
    const rejected = await callAction(
      moderateComment,
      { commentId: 'c_bugs', decision: 'reject' },
      { cookies: signedInGrace },
    )
    expect(rejected).toMatchObject({ value: { ok: true, message: 'The comment is rejected.' } })
    expect(statusOf('c_bugs')).toBe('rejected')
  })

  it('refuses a signed-in member with 403, even with a valid decision', async () => {
    const outcome = await callAction(
      moderateComment,
      { commentId: 'c_music', decision: 'approve' },
      { cookies: signedInAda },
    )
    expect(outcome).toEqual({
      kind: 'returned',
      value: { ok: false, status: 403, message: noPermission },
      calls: [],
    })
    expect(statusOf('c_music')).toBe('pending')
  })

  it('refuses a post without a session with 401', async () => {
    const outcome = await callAction(moderateComment, { commentId: 'c_music', decision: 'approve' })
    expect(outcome).toMatchObject({
      value: { ok: false, status: 401, message: 'Your session has ended. Sign in again.' },
      calls: [],
    })
    expect(statusOf('c_music')).toBe('pending')
  })

  it('checks the role before the input, so a member learns nothing about comment ids', async () => {
    const probe = await callAction(
      moderateComment,
      { commentId: 'c_nope', decision: 'x' },
      { cookies: signedInAda },
    )
    expect(probe).toMatchObject({ value: { status: 403 } })
  })

  it('answers bad input 422, an unknown comment 404 and a decided one 409', async () => {
    const refusals = [
      [{ commentId: 'c_music', decision: 'delete' }, 422, 'That is not a moderation decision.'],
      [{ commentId: 'c_nope', decision: 'approve' }, 404, 'No comment c_nope.'],
      [{ commentId: 'c_tables', decision: 'reject' }, 409, 'That comment was already approved.'],
    ] as const
    for (const [fields, status, message] of refusals) {
      const outcome = await callAction(moderateComment, fields, { cookies: signedInGrace })
      expect(outcome).toMatchObject({ value: { ok: false, status, message }, calls: [] })
    }
    expect(statusOf('c_tables')).toBe('approved')
  })
})
