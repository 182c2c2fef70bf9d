import Link from 'next/link'
import { useData } from 'nextra/hooks'
import { useEffect, useState } from 'react'
import { withoutBasePath } from '../../lib/base-path'
import type { SlugTree } from '../../lib/graph/graph-paths'
import { wizardPathHint, type WizardPathHint as Hint } from '../../lib/wizard/wizard-path-hint'

/** On the 404 page: a broken wizard link gets a link to its longest valid prefix. */
export function WizardPathHint() {
  const { slugTree } = useData() as { slugTree: SlugTree }
  const [hint, setHint] = useState<Hint | null>(null)
  useEffect(() => {
    // The address as the site knows it, without the sub-path the site may be published under.
    const path = withoutBasePath(window.location.pathname)
    setHint(path === null ? null : wizardPathHint(path, slugTree))
  }, [slugTree])
  if (!hint) return null
  return (
    <div className="nb-path-hint" data-testid="wizard-path-hint">
      <p>
        This wizard link is broken or out of date: <code>{hint.badSegment || '(empty)'}</code> is not an
        answer at that step.
      </p>
      <p>
        <Link href={hint.resumeHref} className="nb-link">
          {hint.resumeDepth === 0
            ? 'Start the wizard from the first question'
            : `Continue from the last valid step (after ${hint.resumeDepth} answer${hint.resumeDepth === 1 ? '' : 's'})`}
        </Link>
      </p>
    </div>
  )
}
