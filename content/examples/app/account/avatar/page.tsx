import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'
import { AvatarForm } from './avatar-form'

export default async function AvatarPage() {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to change your avatar.</p>
  const avatar = db().avatars[user.id]
  return (
    <>
      <h1>Your avatar</h1>
      {avatar ? (
        <img
          src={`data:${avatar.type};base64,${avatar.base64}`}
          alt={`${user.name}’s avatar`}
          width={96}
          height={96}
        />
      ) : (
        <p>No avatar yet.</p>
      )}
      <AvatarForm />
    </>
  )
}
