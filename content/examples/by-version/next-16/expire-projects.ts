import { revalidateTag } from 'next/cache'

// After an outside change (a webhook, a CMS publish hook):
// mark every cached read tagged 'projects' stale. Next.js 16
// needs a profile: 'max' serves the cached copy meanwhile.
export function expireProjects(): void {
  revalidateTag('projects', 'max')
}
