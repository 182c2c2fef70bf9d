import { useFocusOnRequest } from '../site/produced-focus'
import form from './Form.module.css'

/** The feature name input with its label and, when the name cannot be used, the reason. */
export function FeatureNameField({ id, name, error }: { id: string; name: string; error?: string }) {
  const errorId = `${id}-error`
  // After "Show my files" with a name that cannot be used, the field with its message takes focus.
  const inputRef = useFocusOnRequest<HTMLInputElement>(error ? 'feature-name' : null)
  return (
    <>
      <label className={form.label} htmlFor={id}>
        Feature name
      </label>
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
        aria-describedby={error ? errorId : undefined}
      />
      {error && (
        <p id={errorId} className={form.error}>
          {error}
        </p>
      )}
    </>
  )
}
