import { useId } from 'react'
import type { PlannerError } from '../../lib/planners/plan-validation'
import { useFocusOnRequest } from '../site/produced-focus'
import styles from './Planners.module.css'

/** Focuses the field an error is about and, for a line of a list, selects that line. */
function goToField(field: string, line: number | undefined) {
  const element = document.getElementById(field)
  if (!element) return
  if (line !== undefined && element instanceof HTMLTextAreaElement) {
    const lines = element.value.split('\n')
    const start = lines.slice(0, line - 1).reduce((total, text) => total + text.length + 1, 0)
    element.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0))
  }
  element.focus({ preventScroll: true })
  // The label above the field comes into view with it, as on GOV.UK.
  const label = document.querySelector<HTMLElement>(`label[for="${field}"]`)
  ;(label ?? element).scrollIntoView({ block: 'start' })
}

/**
 * A GOV.UK-style error summary: a box at the top with a title and each error as a link to its
 * field. After a submit the planner asks for focus to move to it (produced-focus.ts), so it is read out first.
 */
export function ErrorSummary({
  title,
  errors,
  takesFocus = false,
  testId = 'error-summary',
}: {
  title: string
  errors: readonly PlannerError[]
  /** Takes focus when a submit asked for it: requestFocus('error-summary'). */
  takesFocus?: boolean
  testId?: string
}) {
  const titleId = useId()
  const ref = useFocusOnRequest<HTMLDivElement>(takesFocus ? 'error-summary' : null)
  return (
    <div ref={ref} className={styles.summary} aria-labelledby={titleId} data-testid={testId} tabIndex={-1}>
      <div role="alert">
        <h2 id={titleId} className={styles.summaryTitle}>
          {title}
        </h2>
        <ul className={styles.summaryList}>
          {errors.map((error, index) => (
            <li key={index} data-error-line={error.line}>
              {error.field ? (
                <a
                  href={`#${error.field}`}
                  onClick={(event) => {
                    event.preventDefault()
                    goToField(error.field!, error.line)
                  }}
                >
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
