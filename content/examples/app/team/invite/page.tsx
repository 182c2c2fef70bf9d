import { getSessionUser } from '@/lib/auth'
import { InviteForm } from './invite-form'

export default async function InvitePage() {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to invite people to your team.</p>
  return (
    <>
      <h1>Invite a teammate</h1>
      <InviteForm />
    </>
  )
}
