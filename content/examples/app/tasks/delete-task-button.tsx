'use client'

import { useActionState } from 'react'
import { deleteTask } from './actions'

// On success the row is gone from the page the action sends back, and this form with it; only a
// refusal is left to show.
export function DeleteTaskButton({ taskId, title }: { taskId: string; title: string }) {
  const [result, formAction, pending] = useActionState(deleteTask, null)
  return (
    <form action={formAction}>
      <input type="hidden" name="taskId" value={taskId} />
      <button type="submit" disabled={pending} aria-label={`Delete ${title}`}>
        {pending ? 'Deleting…' : 'Delete'}
      </button>
      {result && !result.ok && <span role="alert">{result.message}</span>}
    </form>
  )
}
