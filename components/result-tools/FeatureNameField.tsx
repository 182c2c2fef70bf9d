import type { ReactNode } from 'react'
import { useFocusOnRequest } from '../site/produced-focus'
import form from './Form.module.css'

/** The feature name input with its label and, when the name cannot be used, the reason. */
export function FeatureNameField({
  id,
  name,
  error,
  hint,
}: {
  id: string
  name: string
  error?: string
  /** A sentence under the label, read out with the field. */
  hint?: ReactNode
}) {
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ')
  // After "Show my files" with a name that cannot be used, the field with its message takes focus.
  const inputRef = useFocusOnRequest<HTMLInputElement>(error ? 'feature-name' : null)
  return (
    <>
      <label className={form.label} htmlFor={id}>
        Feature name
      </label>
      {hint && (
        <p id={hintId} className={form.hint}>
          {hint}
        </p>
      )}
      <input
        ref={inputRef}
        id={id}
        name="feature"
        className={form.input}
        defaultValue={name}
        key={name}
        required
        placeholder="project invites"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error && (
        <p id={errorId} className={form.error}>
          {error}
        </p>
      )}
    </>
  )
}
