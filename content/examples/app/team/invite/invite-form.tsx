'use client'

import { useActionState } from 'react'
import { createInvite, type InviteState } from './actions'

const nothingYet: InviteState = { message: '', fields: {}, email: '' }

// The form's action is the Server Action itself (through useActionState), so the browser can post
// it before any JavaScript has run, and the server answers with the form and its errors drawn in.
export function InviteForm() {
  const [state, formAction, pending] = useActionState(createInvite, nothingYet)
  return (
    <form action={formAction} noValidate>
      <label>
        Email
        <input
          name="email"
          type="email"
          defaultValue={state.email}
          aria-invalid={Boolean(state.fields.email)}
          aria-describedby="invite-email-error"
        />
      </label>
      <p id="invite-email-error" role="alert">
        {state.fields.email}
      </p>
      <button type="submit" disabled={pending}>
        {pending ? 'Sending…' : 'Send invitation'}
      </button>
      <p role="status">{state.message}</p>
    </form>
  )
}
