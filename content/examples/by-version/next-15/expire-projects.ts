import { revalidateTag } from 'next/cache'

// After an outside change (a webhook, a CMS publish hook):
// drop every cached read tagged 'projects'. Next.js 15 takes
// the tag alone and expires it at once.
export function expireProjects(): void {
  revalidateTag('projects')
}
