import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callAction } from '@/runtime/action-call'
import { signedInAda } from '@/tests/requests'
import { createInvite } from './actions'

beforeEach(resetDb)

const inviteAsAda = (email: string) => callAction(createInvite, { email }, { cookies: signedInAda })

describe('createInvite', () => {
  it('records the invitation and redirects to its page', async () => {
    const outcome = await callAction(
      createInvite,
      { email: ' Charles@Example.com ' },
      { cookies: signedInAda },
    )
    const [invite] = db().invites
    expect(invite).toMatchObject({ inviterId: 'u_ada', email: 'charles@example.com' })
    expect(outcome).toEqual({
      kind: 'navigated',
      to: `/team/invites/${invite!.id}`,
      calls: [{ api: 'redirect', args: [`/team/invites/${invite!.id}`] }],
    })
  })

  it('lands on the same invitation when the same address is sent again', async () => {
    const first = await inviteAsAda('charles@example.com')
    const again = await inviteAsAda('CHARLES@example.com')
    expect(again).toMatchObject({
      kind: 'navigated',
      to: first.kind === 'navigated' ? first.to : 'no redirect',
    })
    expect(db().invites).toHaveLength(1)
  })

  it('returns the error and the typed address when it is bad or taken', async () => {
    const invalid = await callAction(createInvite, { email: 'charles' }, { cookies: signedInAda })
    expect(invalid).toEqual({
      kind: 'returned',
      value: {
        message: 'Check the highlighted field.',
        fields: { email: 'Enter an email address like name@example.com' },
        email: 'charles',
      },
      calls: [],
    })
    const taken = await inviteAsAda('grace@example.com')
    expect(taken).toMatchObject({
      kind: 'returned',
      value: { fields: { email: 'grace@example.com is already on the team.' } },
    })
    expect(db().invites).toEqual([])
  })

  it('refuses a post without a session', async () => {
    const outcome = await callAction(createInvite, { email: 'charles@example.com' })
    expect(outcome).toMatchObject({
      kind: 'returned',
      value: { message: 'Your session has ended. Sign in again.', email: 'charles@example.com' },
    })
    expect(db().invites).toEqual([])
  })
})
