import { beforeEach, describe, expect, it } from 'vitest'
import { resetDb } from '@/lib/db'
import { NavigationSignal } from '@/runtime/next-navigation'
import { setRequestCookies } from '@/runtime/recorder'
import { signedInAda, signedInGrace } from '@/tests/requests'
import { listMembers, listMembersToManage } from './members-data'

beforeEach(resetDb)

describe('the members’ data functions', () => {
  it('list the team for a signed-in member, without email addresses', async () => {
    setRequestCookies(signedInAda)
    expect(await listMembers()).toEqual([
      { id: 'u_ada', name: 'Ada Lovelace', role: 'member' },
      { id: 'u_grace', name: 'Grace Hopper', role: 'admin' },
    ])
  })

  it('send a cookie that names no session to sign in, whatever the proxy let through', async () => {
    setRequestCookies({ session: 'forged' })
    await expect(listMembers()).rejects.toEqual(
      new NavigationSignal('redirect', '/auth/sign-in?returnTo=%2Fmembers'),
    )
  })

  it('give the emails and roles to manage to admins only', async () => {
    setRequestCookies(signedInAda)
    expect(await listMembersToManage()).toBeNull()
    setRequestCookies(signedInGrace)
    expect((await listMembersToManage())?.map((member) => member.email)).toEqual([
      'ada@example.com',
      'grace@example.com',
    ])
  })
})
