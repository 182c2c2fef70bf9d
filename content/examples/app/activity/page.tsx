import { activityAfter } from '@/features/activity/activity-feed'
import { getSessionUser } from '@/lib/auth'
import { LiveActivity } from './live-activity'

// The feed so far is part of the first render; only what happens next comes over the stream.
export default async function ActivityPage() {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to see your activity.</p>
  const initial = activityAfter(user.id, 0).map(({ id, at, text }) => ({ id, at, text }))
  return (
    <>
      <h1>Your activity</h1>
      <LiveActivity initial={initial} />
    </>
  )
}
