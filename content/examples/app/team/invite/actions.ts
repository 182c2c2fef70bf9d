'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { getSessionUser } from '@/lib/auth'
import { db, newId } from '@/lib/db'
import { fieldErrors } from '@/lib/http'

const inviteSchema = z.object({ email: z.email('Enter an email address like name@example.com') })

/** What the form shows after a refused post: the message, each field's error, what was typed. */
export type InviteState = { message: string; fields: Record<string, string>; email: string }

export async function createInvite(_previous: InviteState | null, formData: FormData) {
  const email = String(formData.get('email') ?? '').trim()
  const user = await getSessionUser()
  if (!user) return { message: 'Your session has ended. Sign in again.', fields: {}, email }
  const parsed = inviteSchema.safeParse({ email })
  if (!parsed.success) {
    return { message: 'Check the highlighted field.', fields: fieldErrors(parsed.error), email }
  }
  const address = parsed.data.email.toLowerCase()
  if (db().users.some((member) => member.email.toLowerCase() === address)) {
    return {
      message: 'Check the highlighted field.',
      fields: { email: `${address} is already on the team.` },
      email,
    }
  }

  // Sending the form twice (a double click, a reload of the POST) lands on the same invitation.
  const invites = db().invites
  const invite = invites.find(
    (candidate) => candidate.inviterId === user.id && candidate.email === address,
  ) ?? {
    id: newId('inv'),
    inviterId: user.id,
    email: address,
    createdAt: new Date().toISOString(),
  }
  if (!invites.includes(invite)) invites.push(invite)

  // redirect() ends the action by throwing, so it stays outside any try/catch. Without JavaScript
  // the browser gets a 303 to the result page; with it, the router goes there.
  redirect(`/team/invites/${invite.id}`)
}
