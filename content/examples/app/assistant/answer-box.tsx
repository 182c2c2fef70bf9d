'use client'

import { useEffect, useRef, useState, type FormEvent } from 'react'

type State = 'idle' | 'writing' | 'complete' | 'stopped' | 'failed'

const stateText: Record<State, string> = {
  idle: '',
  writing: 'Writing…',
  complete: 'Complete.',
  stopped: 'Stopped.',
  failed: '',
}

// Shows the answer as it arrives. Stop aborts the fetch: the server sees its request's signal
// abort and the model stops writing.
export function AnswerBox() {
  const [question, setQuestion] = useState('')
  const [answer, setAnswer] = useState('')
  const [state, setState] = useState<State>('idle')
  const [problem, setProblem] = useState('')
  const current = useRef<AbortController | null>(null)

  // Leaving the page stops the answer too.
  useEffect(() => () => current.current?.abort(), [])

  async function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const controller = new AbortController()
    current.current = controller
    setAnswer('')
    setProblem('')
    setState('writing')
    try {
      const response = await fetch('/api/assistant', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question }),
        signal: controller.signal,
      })
      if (!response.ok || !response.body) {
        setProblem((await response.json()).message)
        setState('failed')
        return
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        const words = chunk.value
        setAnswer((shown) => shown + words)
      }
      setState('complete')
    } catch (error) {
      // Stop makes the pending read reject with an AbortError: the reader's choice, not a failure.
      if (controller.signal.aborted) return setState('stopped')
      setProblem(error instanceof Error ? error.message : 'The answer broke off.')
      setState('failed')
    }
  }

  return (
    <form onSubmit={ask}>
      <label>
        Question
        <textarea
          value={question}
          onChange={(event) => setQuestion(event.target.value)}
          maxLength={500}
          required
        />
      </label>
      <button type="submit" disabled={state === 'writing'}>
        Ask
      </button>
      <button type="button" onClick={() => current.current?.abort()} disabled={state !== 'writing'}>
        Stop
      </button>
      <output aria-label="Answer" aria-live="polite" aria-busy={state === 'writing'}>
        {answer}
      </output>
      <p role="status">{stateText[state]}</p>
      {problem && <p role="alert">{problem}</p>}
    </form>
  )
}
