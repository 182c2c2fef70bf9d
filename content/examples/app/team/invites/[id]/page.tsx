import { notFound } from 'next/navigation'
import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'

// Where the invite form lands: a page of its own, so a reload shows the result again instead of
// posting the form a second time.
export default async function InviteSentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const user = await getSessionUser()
  if (!user) return <p>Sign in to see your invitations.</p>
  const invite = db().invites.find((candidate) => candidate.id === id)
  // Someone else's invitation answers like one that does not exist.
  if (!invite || invite.inviterId !== user.id) notFound()
  return (
    <>
      <h1>Invitation sent</h1>
      <p>We sent an invitation to {invite.email}.</p>
      <p>
        <a href="/team/invite">Invite someone else</a>
      </p>
    </>
  )
}
