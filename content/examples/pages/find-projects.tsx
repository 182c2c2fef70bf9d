import Head from 'next/head'
import { useEffect, useState } from 'react'

type Suggestion = { id: string; name: string }

// A Pages Router page runs in the browser after its first render, so its search box fetches the
// API Route. It waits until the reader pauses (debounce) and cancels the previous request when a
// new one starts (abort), so a slow old answer never replaces a newer one.
export default function FindProjectsPage() {
  const [query, setQuery] = useState('')
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [error, setError] = useState('')

  useEffect(() => {
    if (query.trim().length < 2) {
      setSuggestions([])
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/search?q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
        })
        const body = await response.json()
        if (!response.ok) throw new Error(body.message)
        setSuggestions(body.suggestions)
        setError('')
      } catch (caught) {
        if (!controller.signal.aborted) setError(caught instanceof Error ? caught.message : 'Search failed.')
      }
    }, 250)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query])

  return (
    <main>
      <Head>
        <title>Find a project</title>
      </Head>
      <h1>Find a project</h1>
      <label>
        Search projects{' '}
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      {error && <p role="alert">{error}</p>}
      <ul aria-label="Suggestions">
        {suggestions.map((suggestion) => (
          <li key={suggestion.id}>{suggestion.name}</li>
        ))}
      </ul>
    </main>
  )
}
