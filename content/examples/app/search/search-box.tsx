'use client'

import { useEffect, useState } from 'react'

type Suggestion = { id: string; name: string }

// Suggestions while typing: wait until the reader pauses (debounce), and cancel the previous
// request when a new one starts (abort), so a slow old answer never replaces a newer one.
export function SearchBox() {
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
        const response = await fetch(`/api/search?q=${encodeURIComponent(query)}`, {
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
    <div>
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
    </div>
  )
}
