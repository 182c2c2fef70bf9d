import type { ReactNode } from 'react'
import { getSessionUser } from '@/lib/auth'

// The members' section. This layout shows who is signed in; it is not the check. A layout does not
// render again when the reader moves between the pages under it, and a Server Action posted to any
// of those pages never renders it, so each page's data and each action check for themselves.
export default async function MembersLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser()
  return (
    <section aria-label="Members">
      <nav aria-label="Members">
        <a href="/members">Team</a> · <a href="/members/roles">Roles</a>
        {user && <span> · Signed in as {user.name}</span>}
      </nav>
      {children}
    </section>
  )
}
