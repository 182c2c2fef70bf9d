'use client'

import { useActionState, useEffect, useState } from 'react'
import { startImport } from './actions'

type Status = {
  status: 'queued' | 'running' | 'done'
  processed: number
  retryAfterSeconds: number | null
}

// Polls the job's status until it is done, as often as the status route asks (retryAfterSeconds).
function ImportProgress({ jobId }: { jobId: string }) {
  const [status, setStatus] = useState<Status | null>(null)
  const [error, setError] = useState('')

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const controller = new AbortController()
    async function poll() {
      try {
        const response = await fetch(`/api/imports/${jobId}`, {
          cache: 'no-store',
          signal: controller.signal,
        })
        const body = await response.json()
        if (!response.ok) throw new Error(body.message)
        setStatus(body)
        if (body.retryAfterSeconds !== null) timer = setTimeout(poll, body.retryAfterSeconds * 1000)
      } catch (caught) {
        if (!controller.signal.aborted)
          setError(caught instanceof Error ? caught.message : 'The status is out of reach.')
      }
    }
    poll()
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
  }, [jobId])

  if (error) return <p role="alert">{error}</p>
  if (!status) return null
  return (
    <p role="status">
      {status.status === 'done' ? 'Done' : status.status === 'running' ? 'Running' : 'Queued'}:{' '}
      {status.processed} rows imported
    </p>
  )
}

export function ImportForm() {
  const [result, formAction, pending] = useActionState(startImport, null)
  return (
    <form action={formAction} aria-label="Import contacts" aria-busy={pending}>
      <label>
        Rows (name,email — one per line) <textarea name="rows" required rows={6} />
      </label>
      <button type="submit">Start the import</button>
      {result && (
        <p role={result.ok ? 'note' : 'alert'} data-job-id={result.ok ? result.jobId : undefined}>
          {result.message}
          {!result.ok && result.fields && ` ${Object.values(result.fields).join(' ')}`}
        </p>
      )}
      {result?.ok && <ImportProgress key={result.jobId} jobId={result.jobId} />}
    </form>
  )
}
