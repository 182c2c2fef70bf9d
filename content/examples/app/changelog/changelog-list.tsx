'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChangelogEntry } from '@/lib/db'

type Page = { entries: ChangelogEntry[]; nextCursor: string | null }

// Later pages load when the "Load more" button comes near the screen; the button itself stays
// for keyboards and for browsers without IntersectionObserver.
export function ChangelogList({ firstPage }: { firstPage: Page }) {
  const [entries, setEntries] = useState(firstPage.entries)
  const [cursor, setCursor] = useState(firstPage.nextCursor)
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle')
  // The observer can fire again before a page arrives: one request at a time.
  const inFlight = useRef(false)
  const request = useRef<AbortController | null>(null)
  const sentinel = useRef<HTMLDivElement>(null)

  const loadMore = useCallback(async () => {
    if (cursor === null || inFlight.current) return
    inFlight.current = true
    setState('loading')
    const controller = new AbortController()
    request.current = controller
    try {
      const response = await fetch(`/api/changelog?cursor=${encodeURIComponent(cursor)}`, {
        signal: controller.signal,
      })
      const body = await response.json()
      if (!response.ok) throw new Error(body.message)
      const page: Page = body
      setEntries((shown) => {
        const ids = new Set(shown.map((entry) => entry.id))
        return [...shown, ...page.entries.filter((entry) => !ids.has(entry.id))]
      })
      setCursor(page.nextCursor)
      setState('idle')
    } catch {
      if (!controller.signal.aborted) setState('failed')
    } finally {
      inFlight.current = false
    }
  }, [cursor])

  // Leaving the page cancels a page still on its way.
  useEffect(() => () => request.current?.abort(), [])

  useEffect(() => {
    const target = sentinel.current
    const canObserve = 'IntersectionObserver' in window
    if (!target || !canObserve || cursor === null || state !== 'idle') return
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry?.isIntersecting) void loadMore()
      },
      { rootMargin: '200px' },
    )
    observer.observe(target)
    return () => observer.disconnect()
  }, [cursor, state, loadMore])

  return (
    <>
      <ul aria-label="Changelog entries" aria-busy={state === 'loading'}>
        {entries.map((entry) => (
          <li key={entry.id} data-entry-id={entry.id}>
            <h2>{entry.title}</h2>
            <time dateTime={entry.publishedAt}>{entry.publishedAt.slice(0, 10)}</time>
          </li>
        ))}
      </ul>
      <div ref={sentinel}>
        {cursor === null ? (
          <p role="status">You have reached the end.</p>
        ) : (
          <>
            <button type="button" onClick={loadMore} disabled={state === 'loading'}>
              {state === 'loading' ? 'Loading…' : 'Load more'}
            </button>
            <p role="status">{state === 'failed' && 'Could not load more entries. Try again.'}</p>
          </>
        )}
      </div>
    </>
  )
}
