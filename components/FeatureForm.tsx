import type { FormEvent } from 'react'
import { deploymentIds, deployments, type DeploymentId } from '../lib/deployment'
import { featureNameMaxLength } from '../lib/feature-name'
import styles from './ResultTools.module.css'

type Props = {
  /** The page the form reloads with ?feature=…&deploy=… when JavaScript has not taken it over. */
  action: string
  name: string
  deployment: DeploymentId
  error?: string
  onSubmit?: (name: string, deployment: DeploymentId) => void
}

/**
 * "Make it yours": the reader's feature name and where the app is deployed. A plain GET form, so the
 * values land in the URL and a personalised result is a link like any other.
 */
export function FeatureForm({ action, name, deployment, error, onSubmit }: Props) {
  function submit(event: FormEvent<HTMLFormElement>) {
    if (!onSubmit) return
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    onSubmit(String(data.get('feature') ?? ''), (data.get('deploy') as DeploymentId | null) ?? 'node-server')
  }

  return (
    <form
      className={styles.form}
      method="get"
      action={action}
      onSubmit={submit}
      aria-labelledby="make-it-yours"
    >
      <h2 id="make-it-yours" className={styles.heading}>
        Make it yours
      </h2>
      <p className={styles.lead}>
        Name your feature to get its starting files, named after it, and a decision record to keep with your
        code. Everything is generated in your browser; nothing is sent anywhere.
      </p>
      <label className={styles.label} htmlFor="feature-name">
        Feature name
      </label>
      <input
        id="feature-name"
        name="feature"
        className={styles.input}
        defaultValue={name}
        key={name}
        required
        maxLength={featureNameMaxLength}
        placeholder="project invites"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'feature-name-error' : undefined}
      />
      {error && (
        <p id="feature-name-error" className={styles.error}>
          {error}
        </p>
      )}
      <fieldset className={styles.fieldset}>
        <legend className={styles.label}>Where is it deployed?</legend>
        {deploymentIds.map((id) => (
          <label key={id} className={styles.radio}>
            <input
              type="radio"
              name="deploy"
              value={id}
              defaultChecked={id === deployment}
              key={deployment}
            />{' '}
            {deployments[id].label}
          </label>
        ))}
      </fieldset>
      <button type="submit" className={styles.submit}>
        Show my files
      </button>
      <noscript>
        <p className={styles.lead}>
          The files and the decision record are generated in your browser and need JavaScript.
        </p>
      </noscript>
    </form>
  )
}
