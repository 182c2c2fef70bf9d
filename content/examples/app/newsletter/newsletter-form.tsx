'use client'

import { useState, type FormEvent } from 'react'

// A static export has no server of ours when the reader submits: the form posts to a hosted form
// service. Its URL is public and set at build time; the fallback is the example app's stand-in.
const formEndpoint = process.env.NEXT_PUBLIC_NEWSLETTER_FORM_URL ?? '/fake-form-host/newsletter'

const hidden = { display: 'none' }

type Answer = { ok: boolean; message?: string; errors?: Array<{ field: string; message: string }> }
type State = { kind: 'idle' | 'sending' | 'sent' | 'refused'; message: string }

export function NewsletterForm() {
  const [state, setState] = useState<State>({ kind: 'idle', message: '' })

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    setState({ kind: 'sending', message: '' })
    try {
      const response = await fetch(formEndpoint, {
        method: 'POST',
        body: new FormData(form),
        headers: { Accept: 'application/json' },
      })
      const answer = (await response.json()) as Answer
      const fieldErrors = answer.errors?.map((error) => error.message).join(' ')
      const message = fieldErrors ?? answer.message ?? 'Something went wrong.'
      if (response.ok) form.reset()
      setState({ kind: response.ok ? 'sent' : 'refused', message })
    } catch {
      setState({ kind: 'refused', message: 'The form service is out of reach. Try again soon.' })
    }
  }

  return (
    <form onSubmit={submit} aria-label="Newsletter" aria-busy={state.kind === 'sending'}>
      <label>
        Email <input name="email" type="email" required />
      </label>
      {/* The honeypot: hidden from people and from assistive technology, filled by bots. */}
      <input name="_gotcha" tabIndex={-1} autoComplete="off" aria-hidden style={hidden} />
      <button type="submit" disabled={state.kind === 'sending'}>
        Subscribe
      </button>
      {state.message && <p role={state.kind === 'sent' ? 'status' : 'alert'}>{state.message}</p>}
    </form>
  )
}
