import { revalidateTag } from 'next/cache'

/**
 * After a change made outside our interface (a webhook, a CMS publish hook), mark every cached read
 * tagged 'projects' stale. On Next.js 16 the second argument is required: 'max' keeps serving the
 * cached copy while a fresh one is made in the background.
 */
export function expireProjects(): void {
  revalidateTag('projects', 'max')
}
