'use client'

import { useActionState } from 'react'
import { generateVariations } from './actions'

// One submit, one action call, one result per variation: the ones that failed say why.
export function VariationsForm() {
  const [state, formAction, pending] = useActionState(generateVariations, null)
  return (
    <form action={formAction}>
      <label>
        Describe the tagline
        <input
          name="prompt"
          defaultValue={state?.values.prompt}
          required
          minLength={3}
          maxLength={200}
          aria-invalid={Boolean(state?.fields?.prompt)}
        />
      </label>
      {state?.fields?.prompt && <p role="alert">{state.fields.prompt}</p>}
      <label>
        How many
        <select name="count" defaultValue={state?.values.count ?? '4'}>
          {[1, 2, 3, 4].map((count) => (
            <option key={count}>{count}</option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending}>
        {pending ? 'Writing…' : 'Generate'}
      </button>
      <p role="status">{state?.message}</p>
      {state && state.items.length > 0 && (
        <ol aria-label="This batch">
          {state.items.map((item, index) => (
            <li key={index} data-ok={item.ok}>
              {item.ok ? item.text : `Failed: ${item.error}`}
            </li>
          ))}
        </ol>
      )}
    </form>
  )
}
