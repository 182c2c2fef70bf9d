'use client'

import { useActionState, useOptimistic } from 'react'
import { setProjectStar } from './actions'

export function StarButton({
  projectId,
  name,
  starred,
}: {
  projectId: string
  name: string
  starred: boolean
}) {
  const [state, sendStar] = useActionState(setProjectStar, { starred, message: '' })
  // What the button shows: the state the action last answered, or the change on its way.
  const [shown, showStarred] = useOptimistic(state.starred)

  // The form's action runs in a transition: the flip lasts until the action answers, then React
  // shows the answered state, which is the old one again when the action refused.
  function submit(formData: FormData) {
    showStarred(formData.get('starred') === 'true')
    sendStar(formData)
  }

  return (
    <form action={submit}>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="starred" value={String(!shown)} />
      <button type="submit" aria-pressed={shown} aria-label={`Star ${name}`}>
        <span aria-hidden="true">{shown ? '★' : '☆'}</span> Star
      </button>
      {state.message && <p role="alert">{state.message}</p>}
    </form>
  )
}
