import { Suspense } from 'react'
import {
  billingStatusOf,
  projectCountsOf,
  recentlyUpdatedProjectsOf,
  runningImportsOf,
} from '@/features/overview/queries'
import { getSessionUser } from '@/lib/auth'
import { RecentUpdates } from './recent-updates'

// Several independent reads for one page, all on the server: no endpoint, no client fetching.
export default async function OverviewPage() {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to see your overview.</p>

  // Start every read before awaiting any, so the page waits for the slowest, not for the sum.
  const recentUpdates = recentlyUpdatedProjectsOf(user.id) // slow: streamed below, not awaited here
  const [counts, billing, imports] = await Promise.all([
    projectCountsOf(user.id),
    billingStatusOf(user.id),
    runningImportsOf(user.id),
  ])

  return (
    <>
      <h1>Overview</h1>
      <dl>
        <dt>Projects</dt>
        <dd>
          {counts.active} active, {counts.draft} draft, {counts.archived} archived
        </dd>
        <dt>Subscription</dt>
        <dd>{billing}</dd>
        <dt>Imports running</dt>
        <dd>{imports.length}</dd>
      </dl>
      <h2>Recently updated</h2>
      {/* Sent at once with the rest of the page; the list replaces it when its read is done. */}
      <Suspense fallback={<p>Loading recent updates…</p>}>
        <RecentUpdates projects={recentUpdates} />
      </Suspense>
    </>
  )
}
