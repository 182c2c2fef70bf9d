import { revalidateTag } from 'next/cache'

/**
 * After a change made outside our interface (a webhook, a CMS publish hook), drop every cached read
 * tagged 'projects'. On Next.js 15 revalidateTag takes the tag alone and expires it at once.
 */
export function expireProjects(): void {
  revalidateTag('projects')
}
