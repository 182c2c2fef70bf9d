'use client'

import { useEffect, useState } from 'react'

type ImportStatus = { id: string; status: 'queued' | 'running' | 'done'; processed: number }

const pollEveryMs = 2000

function progressText({ status, processed }: ImportStatus): string {
  if (status === 'done') return `Done: ${processed} rows imported.`
  return `${status === 'queued' ? 'Waiting to start' : 'Importing'}: ${processed} rows so far.`
}

// Asks for the job's status every 2 s until it is done. The next poll is set only once an answer
// is in (no overlapping requests), and leaving the page clears the timer and aborts a request.
export function ImportProgress({ initial }: { initial: ImportStatus }) {
  const [job, setJob] = useState(initial)
  const [problem, setProblem] = useState('')
  const [checkedAt, setCheckedAt] = useState('')

  useEffect(() => {
    if (initial.status === 'done') return
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async () => {
      try {
        const response = await fetch(`/api/imports/${encodeURIComponent(initial.id)}`, {
          cache: 'no-store',
          signal: controller.signal,
        })
        const body = await response.json()
        // 401 or 404: asking again will not change the answer.
        if (!response.ok) return setProblem(body.message)
        setJob(body)
        setCheckedAt(new Date().toLocaleTimeString())
        setProblem('')
        // The route says when to ask again (retryAfterSeconds: 2), so it can slow every page down.
        if (body.status !== 'done') timer = setTimeout(poll, body.retryAfterSeconds * 1000)
      } catch {
        if (controller.signal.aborted) return
        setProblem('Lost the connection. Trying again…')
        timer = setTimeout(poll, pollEveryMs)
      }
    }
    timer = setTimeout(poll, pollEveryMs)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [initial.id, initial.status])

  return (
    <>
      <p role="status">{progressText(job)}</p>
      {checkedAt && <p>Checked at {checkedAt}.</p>}
      {problem && <p role="alert">{problem}</p>}
    </>
  )
}
