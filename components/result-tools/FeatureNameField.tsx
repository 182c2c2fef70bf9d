import form from './Form.module.css'

/** The feature name input with its label and, when the name cannot be used, the reason. */
export function FeatureNameField({ id, name, error }: { id: string; name: string; error?: string }) {
  const errorId = `${id}-error`
  return (
    <>
      <label className={form.label} htmlFor={id}>
        Feature name
      </label>
      <input
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
