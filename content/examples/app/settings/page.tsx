import { getSessionUser } from '@/lib/auth'
import { ProfileForm } from './profile-form'

export default async function SettingsPage() {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to change your settings.</p>
  return (
    <>
      <h1>Settings</h1>
      <ProfileForm initial={{ name: user.name, email: user.email }} />
    </>
  )
}
