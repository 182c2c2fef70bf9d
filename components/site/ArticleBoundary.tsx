import { Activity, type ReactNode } from 'react'
import { HydrationMark } from './use-hydration-signal'

/**
 * The theme's `main`: the article hydrates as its own part, after the header and sidebar, so a
 * press in the header does not wait for the article (see pages/_app.tsx). It starts with the target
 * of the "Skip to content" link (pages/_document.tsx), which takes focus so that the next Tab goes on
 * from the article's start.
 */
export function ArticleBoundary({ children }: { children: ReactNode }) {
  return (
    <Activity>
      <span id="nb-content" tabIndex={-1} className="nb-skip-target" />
      {children}
      <HydrationMark part="article" />
    </Activity>
  )
}
