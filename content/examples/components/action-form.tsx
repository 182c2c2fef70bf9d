'use client'

import { useActionState, type ReactNode } from 'react'
import type { ActionResult } from '@/lib/action-result'

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>

/** A form bound to a Server Action that shows the action's message and field errors. */
export function ActionForm({
  action,
  children,
  label,
}: {
  action: Action
  children: ReactNode
  label: string
}) {
  const [result, formAction, pending] = useActionState(action, null)
  return (
    <form action={formAction} aria-label={label} aria-busy={pending}>
      {children}
      {result && (
        <p role={result.ok ? 'status' : 'alert'}>
          {result.message}
          {!result.ok && result.fields && ` ${Object.values(result.fields).join(' ')}`}
        </p>
      )}
    </form>
  )
}
