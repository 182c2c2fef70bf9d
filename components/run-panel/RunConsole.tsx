import { useEffect, useId, useState, type FormEvent } from 'react'
import { httpMethods, runTarget, type RunTarget } from '../../content/run-targets'
import { loadOnce } from '../../lib/load-once'
import type { RunResult } from '../../lib/run/execute'
import { initialInput, type RunInput } from '../../lib/run/run-input'
import { originChoices, sessionChoices, tokenChoices } from './run-choices'
import { RunResultView } from './RunResultView'
import styles from './RunPanel.module.css'

type Shown = RunResult | { kind: 'crash'; message: string }

// The runner, the example store and zod load once the console is up, so they never delay it.
const runner = loadOnce(() => import('../../lib/run/execute'))

/** The Run panel itself: edit the input, run the example module, read what it answered and did. */
export default function RunConsole({ targetIds }: { targetIds: string[] }) {
  const targets = targetIds.map(runTarget)
  const id = useId()
  const [targetId, setTargetId] = useState(targets[0]!.id)
  const [inputs, setInputs] = useState(
    () => new Map(targets.map((target) => [target.id, initialInput(target)])),
  )
  const [result, setResult] = useState<Shown | null>(null)
  const [running, setRunning] = useState(false)
  const [notice, setNotice] = useState('')
  const target = runTarget(targetId)
  const input = inputs.get(targetId)!
  const update = (patch: Partial<RunInput>) =>
    setInputs(new Map(inputs).set(targetId, { ...input, ...patch }))

  // Fetched once the console has painted, so evaluating zod never holds back its first frame.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => void runner.load().catch(() => {}))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])

  async function run(event: FormEvent) {
    event.preventDefault()
    setRunning(true)
    setNotice('')
    try {
      const { execute } = await runner.load()
      setResult(await execute(target, input))
    } catch (error) {
      setResult({ kind: 'crash', message: error instanceof Error ? error.message : String(error) })
    } finally {
      setRunning(false)
    }
  }

  return (
    <div className={styles.console}>
      <form onSubmit={run} className={styles.form} aria-label={`Run ${target.label}`}>
        {targets.length > 1 && (
          <Field label="Code to run" htmlFor={`${id}-target`}>
            <select
              id={`${id}-target`}
              value={targetId}
              onChange={(event) => {
                setTargetId(event.target.value)
                setResult(null)
              }}
            >
              {targets.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.label}
                </option>
              ))}
            </select>
          </Field>
        )}
        <p className={styles.file}>
          Runs <code>{target.file}</code>
        </p>
        <CallerControls target={target} input={input} update={update} id={id} />
        {target.kind === 'route' || target.kind === 'pages-api' ? (
          <RequestFields input={input} update={update} id={id} />
        ) : (
          Object.keys(target.kind === 'action' ? target.fields : target.searchParams).map((name) => (
            <Field
              key={name}
              label={target.kind === 'page' ? `Search param ${name}` : `Form field ${name}`}
              htmlFor={`${id}-${name}`}
            >
              <input
                id={`${id}-${name}`}
                value={input.fields[name] ?? ''}
                onChange={(event) => update({ fields: { ...input.fields, [name]: event.target.value } })}
              />
            </Field>
          ))
        )}
        <div className={styles.buttons}>
          <button type="submit" className={styles.primary} disabled={running}>
            {running ? 'Running…' : 'Run'}
          </button>
          <button
            type="button"
            onClick={() => setInputs(new Map(inputs).set(targetId, initialInput(target)))}
          >
            Reset input
          </button>
          <button
            type="button"
            onClick={async () => {
              try {
                const { resetExampleStore } = await runner.load()
                resetExampleStore()
                setResult(null)
                setNotice('The store is back to its seed data.')
              } catch (error) {
                setResult({ kind: 'crash', message: error instanceof Error ? error.message : String(error) })
              }
            }}
          >
            Reset store
          </button>
        </div>
      </form>
      <div aria-live="polite" className={styles.output}>
        {notice && <p role="status">{notice}</p>}
        {result &&
          (result.kind === 'crash' ? (
            <CrashView message={result.message} />
          ) : (
            <RunResultView result={result} />
          ))}
      </div>
    </div>
  )
}

function Field({ label, htmlFor, children }: { label: string; htmlFor: string; children: React.ReactNode }) {
  return (
    <div className={styles.field}>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  )
}

type Editing = { input: RunInput; update: (patch: Partial<RunInput>) => void; id: string }

function CallerControls({ target, input, update, id }: Editing & { target: RunTarget }) {
  const choice = (label: string, key: 'session' | 'token' | 'origin', choices: typeof sessionChoices) => (
    <Field label={label} htmlFor={`${id}-${key}`}>
      <select
        id={`${id}-${key}`}
        value={input[key]}
        onChange={(event) => update({ [key]: event.target.value })}
      >
        {choices.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  )
  return (
    <>
      {target.controls.includes('user') && choice('Signed in as', 'session', sessionChoices)}
      {target.controls.includes('token') && choice('Bearer token', 'token', tokenChoices)}
      {target.controls.includes('origin') && choice('Origin', 'origin', originChoices)}
      {target.controls.includes('sign') && (
        <div className={styles.check}>
          <input
            id={`${id}-sign`}
            type="checkbox"
            checked={input.sign}
            onChange={(event) => update({ sign: event.target.checked })}
          />
          <label htmlFor={`${id}-sign`}>
            Sign the body with the test secret (adds a fresh Stripe-Signature header)
          </label>
        </div>
      )}
    </>
  )
}

function RequestFields({ input, update, id }: Editing) {
  return (
    <>
      <div className={styles.requestLine}>
        <Field label="Method" htmlFor={`${id}-method`}>
          <select
            id={`${id}-method`}
            value={input.method}
            onChange={(event) => update({ method: event.target.value })}
          >
            {httpMethods.map((method) => (
              <option key={method}>{method}</option>
            ))}
          </select>
        </Field>
        <Field label="Path" htmlFor={`${id}-path`}>
          <input
            id={`${id}-path`}
            value={input.path}
            onChange={(event) => update({ path: event.target.value })}
          />
        </Field>
      </div>
      <Field label="Headers (one “Name: value” per line)" htmlFor={`${id}-headers`}>
        <textarea
          id={`${id}-headers`}
          rows={2}
          value={input.headersText}
          onChange={(event) => update({ headersText: event.target.value })}
          spellCheck={false}
        />
      </Field>
      <Field label="Body" htmlFor={`${id}-body`}>
        <textarea
          id={`${id}-body`}
          rows={input.body.split('\n').length + 1}
          value={input.body}
          onChange={(event) => update({ body: event.target.value })}
          spellCheck={false}
        />
      </Field>
    </>
  )
}

function CrashView({ message }: { message: string }) {
  return (
    <p role="alert" className={styles.error} data-testid="run-status">
      The code threw: {message}
    </p>
  )
}
