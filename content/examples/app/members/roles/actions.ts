'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'

const roleChange = z.object({
  userId: z.string().regex(/^u_[a-z0-9_]+$/),
  role: z.enum(['member', 'admin']),
})

type Refusal = { ok: false; status: 401 | 403 | 404 | 409 | 422; message: string }
export type RoleChangeResult = { ok: true; message: string } | Refusal

// Anyone can POST to this action on any page that uses it, with or without the layout or the
// proxy in the way: it checks the session and the role itself, on every call.
export async function changeRole(_previous: unknown, formData: FormData): Promise<RoleChangeResult> {
  const user = await getSessionUser()
  if (!user) return { ok: false, status: 401, message: 'Your session has ended. Sign in again.' }
  if (user.role !== 'admin') return { ok: false, status: 403, message: 'Only admins can change roles.' }

  const parsed = roleChange.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return { ok: false, status: 422, message: 'That is not a role change.' }
  if (parsed.data.userId === user.id) {
    return { ok: false, status: 409, message: 'You cannot change your own role.' }
  }
  const member = db().users.find((candidate) => candidate.id === parsed.data.userId)
  if (!member) return { ok: false, status: 404, message: `No member ${parsed.data.userId}.` }

  member.role = parsed.data.role
  revalidatePath('/members', 'layout')
  return { ok: true, message: `${member.name} is now ${member.role === 'admin' ? 'an admin' : 'a member'}.` }
}
