import 'server-only'
import { redirect } from 'next/navigation'
import { getSessionUser } from '@/lib/auth'
import { db, type User } from '@/lib/db'

/**
 * The members' data, with the checks next to it: every function verifies the session (and the
 * role where it matters) before it returns a row, whichever page, layout or action calls it.
 */

export type Member = Pick<User, 'id' | 'name' | 'role'>

/** The signed-in user, or a redirect to sign in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<User> {
  const user = await getSessionUser()
  // The proxy saw a cookie; only here do we learn whether it names a session.
  if (!user) redirect(`/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`)
  return user
}

/** Everyone in the team, for any signed-in member. */
export async function listMembers(): Promise<Member[]> {
  await requireUser('/members')
  return db().users.map(({ id, name, role }) => ({ id, name, role }))
}

/** Members with their email addresses, for admins only: null for anyone else. */
export async function listMembersToManage(): Promise<User[] | null> {
  const user = await requireUser('/members/roles')
  if (user.role !== 'admin') return null
  return db().users.map((member) => ({ ...member }))
}
