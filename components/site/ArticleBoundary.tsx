import { Activity, type ReactNode } from 'react'
import { HydrationMark } from './use-hydration-signal'

/**
 * The theme's `main`: the article hydrates as its own part, after the header and sidebar, so a
 * press in the header does not wait for the article (see pages/_app.tsx).
 */
export function ArticleBoundary({ children }: { children: ReactNode }) {
  return (
    <Activity>
      {children}
      <HydrationMark part="article" />
    </Activity>
  )
}
