import type { ReactNode } from 'react'
import type { RuntimeCall } from '../../content/examples/runtime/recorder'
import type { RunResult } from '../../lib/run/execute'
import { automaticAnswerNote } from '../../lib/run/next-route-methods'
import { statusLine } from '../../lib/run/status-line'
import type { StoreChange } from '../../lib/run/store-changes'
import styles from './RunPanel.module.css'

/** What a run answered (status, headers, body, returned value or rendered page) and what it did. */
export function RunResultView({ result }: { result: RunResult }) {
  if (result.kind === 'invalid-input') {
    return (
      <p role="alert" className={styles.error} data-testid="run-status">
        Not run: {result.error}
      </p>
    )
  }
  if (result.kind === 'response') {
    const { status, headers, body } = result.response
    const { automatic } = result
    // Next.js's own 405 has no Allow header: say so where the reader looks for it.
    const allowNotSent = automatic?.kind === 'method-not-allowed'
    return (
      <>
        <h3 className={styles.heading}>Response</h3>
        <p data-testid="run-status" className={styles.status}>
          {statusLine(status)}
        </p>
        {automatic && (
          <p className={styles.note} data-testid="run-note">
            {automaticAnswerNote(automatic)}
          </p>
        )}
        {headers.length > 0 || allowNotSent ? (
          <dl className={styles.headers}>
            {headers.map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{value}</dd>
              </div>
            ))}
            {allowNotSent && (
              <div>
                <dt>allow</dt>
                <dd className={styles.absent}>not sent by Next.js</dd>
              </div>
            )}
          </dl>
        ) : (
          <p className={`${styles.headers} ${styles.absent}`}>(no headers)</p>
        )}
        <pre className={styles.body}>{body ? pretty(body) : '(empty body)'}</pre>
        <Effects calls={result.calls} changes={result.changes} />
      </>
    )
  }
  if (result.kind === 'action') {
    const { outcome } = result
    return (
      <>
        <h3 className={styles.heading}>Action result</h3>
        <p data-testid="run-status" className={styles.status}>
          {outcome.kind === 'returned' && 'Returned'}
          {outcome.kind === 'navigated' && `Redirected to ${outcome.to}`}
          {outcome.kind === 'threw' && `Threw: ${outcome.message}`}
        </p>
        {outcome.kind === 'returned' && (
          <pre className={styles.body}>{JSON.stringify(outcome.value, null, 2)}</pre>
        )}
        <Effects calls={outcome.calls} changes={result.changes} />
      </>
    )
  }
  return (
    <>
      <h3 className={styles.heading}>Rendered page</h3>
      <p data-testid="run-status" className={styles.status}>
        {result.rendered ? 'Rendered' : 'Rendering stopped'}
      </p>
      {Boolean(result.rendered) && <div className={styles.rendered}>{result.rendered as ReactNode}</div>}
      <Effects calls={result.calls} changes={result.changes} />
    </>
  )
}

function Effects({ calls, changes }: { calls: RuntimeCall[]; changes: StoreChange[] }) {
  return (
    <>
      <h3 className={styles.heading}>What the code did</h3>
      <ul className={styles.effects} data-testid="run-effects">
        {calls.map((call, index) => (
          <li key={`call-${index}`}>
            <code>
              {call.api}({call.args.map((arg) => JSON.stringify(arg)).join(', ')})
            </code>
          </li>
        ))}
        {changes.map((change, index) => (
          <li key={`change-${index}`}>
            Store, {change.collection}: {change.description}
          </li>
        ))}
        {calls.length === 0 && changes.length === 0 && <li>Nothing: no Next.js calls, no store changes.</li>}
      </ul>
    </>
  )
}

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2)
  } catch {
    return body
  }
}
