'use client'

import { useActionState } from 'react'
import { updateProfile, type ProfileState } from './actions'

// The form posts to the action even before JavaScript loads; once it has, React keeps the page.
export function ProfileForm({ initial }: { initial: ProfileState['values'] }) {
  const [state, formAction, pending] = useActionState(updateProfile, {
    ok: null,
    message: '',
    fields: {},
    values: initial,
  })
  return (
    <form action={formAction} noValidate>
      <label>
        Name
        <input name="name" defaultValue={state.values.name} aria-invalid={Boolean(state.fields.name)} />
      </label>
      {state.fields.name && <p role="alert">{state.fields.name}</p>}
      <label>
        Email
        <input
          name="email"
          type="email"
          defaultValue={state.values.email}
          aria-invalid={Boolean(state.fields.email)}
        />
      </label>
      {state.fields.email && <p role="alert">{state.fields.email}</p>}
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </button>
      <p role="status">{state.message}</p>
    </form>
  )
}
