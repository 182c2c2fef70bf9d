import type { FormEvent, ReactNode } from 'react'
import { withBasePath } from '../../lib/base-path'
import { FeatureNameField } from './FeatureNameField'
import form from './Form.module.css'

type Props = {
  /** The page the form reloads with ?feature=… without JavaScript: a site path, as for next/link. */
  action: string
  name: string
  error?: string
  /** Whether the tools make a decision record too (an outcome's answers; not a recipe page). */
  withDecisionRecord: boolean
  /** More fields (the deployment question). */
  children?: ReactNode
  onSubmit?: (fields: FormData) => void
}

/**
 * "Make it yours": the reader's feature name. A plain GET form, so the name lands in the URL and a
 * personalised result is a link like any other.
 */
export function FeatureForm({ action, name, error, withDecisionRecord, children, onSubmit }: Props) {
  function submit(event: FormEvent<HTMLFormElement>) {
    if (!onSubmit) return
    event.preventDefault()
    onSubmit(new FormData(event.currentTarget))
  }

  return (
    <form
      className={form.form}
      method="get"
      action={withBasePath(action)}
      onSubmit={submit}
      aria-labelledby="make-it-yours"
    >
      <h2 id="make-it-yours" className={form.heading}>
        Make it yours
      </h2>
      <p className={form.lead}>
        Name your feature for its starting files{withDecisionRecord ? ' and a decision record' : ''}, made in
        your browser.
      </p>
      <FeatureNameField id="feature-name" name={name} error={error} />
      {children}
      <button type="submit" className={form.submit}>
        Show my files
      </button>
      <noscript>
        <p className={form.lead}>This needs JavaScript: the files are made in your browser.</p>
      </noscript>
    </form>
  )
}
