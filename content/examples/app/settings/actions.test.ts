import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callAction } from '@/runtime/action-call'
import { signedInAda } from '@/tests/requests'
import { updateProfile } from './actions'

beforeEach(resetDb)

describe('updateProfile', () => {
  it('saves the signed-in user’s profile and revalidates the dashboard', async () => {
    const outcome = await callAction(
      updateProfile,
      { name: ' Ada King ', email: 'ada@king.example' },
      {
        cookies: signedInAda,
      },
    )
    expect(outcome).toMatchObject({
      kind: 'returned',
      value: { ok: true, message: 'Profile saved.', values: { name: 'Ada King', email: 'ada@king.example' } },
      calls: [{ api: 'revalidatePath', args: ['/dashboard', 'layout'] }],
    })
    expect(db().users[0]).toMatchObject({ name: 'Ada King', email: 'ada@king.example' })
  })

  it('returns a message per invalid field, keeps what was typed, and changes nothing', async () => {
    const outcome = await callAction(
      updateProfile,
      { name: '', email: 'not-an-email' },
      { cookies: signedInAda },
    )
    expect(outcome).toEqual({
      kind: 'returned',
      value: {
        ok: false,
        message: 'Check the highlighted fields.',
        fields: { name: 'Enter your name', email: 'Enter an email address like name@example.com' },
        values: { name: '', email: 'not-an-email' },
      },
      calls: [],
    })
    expect(db().users[0]?.name).toBe('Ada Lovelace')
  })

  it('refuses a post without a session', async () => {
    const outcome = await callAction(updateProfile, { name: 'Mallory', email: 'm@example.com' })
    expect(outcome).toMatchObject({
      kind: 'returned',
      value: { ok: false, message: expect.stringMatching(/session/) },
    })
    expect(db().users.map((user) => user.name)).not.toContain('Mallory')
  })
})
