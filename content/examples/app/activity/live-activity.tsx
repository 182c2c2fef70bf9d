'use client'

import { useEffect, useState } from 'react'
import type { ActivityEvent } from '@/lib/db'

type Shown = Pick<ActivityEvent, 'id' | 'at' | 'text'>
type Connection = 'connecting' | 'live' | 'reconnecting' | 'closed'

// The page renders the feed so far on the server; this component adds each new event as the
// server sends it. EventSource reconnects by itself and resumes after the last id it saw.
export function LiveActivity({ initial }: { initial: Shown[] }) {
  const [events, setEvents] = useState(initial)
  const [connection, setConnection] = useState<Connection>('connecting')
  const after = initial.at(-1)?.id ?? 0

  useEffect(() => {
    const source = new EventSource(`/api/activity/stream?after=${after}`)
    source.onopen = () => setConnection('live')
    source.onmessage = (message) => {
      const event = JSON.parse(message.data) as Shown
      setEvents((shown) => (shown.some((old) => old.id === event.id) ? shown : [...shown, event]))
    }
    // CONNECTING: the browser retries on its own. CLOSED: the server refused (401, 429).
    source.onerror = () => {
      setConnection(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting')
    }
    return () => source.close()
  }, [after])

  return (
    <section aria-label="Activity">
      <p role="status">
        {connection === 'live' ? 'Live' : connection === 'closed' ? 'Not connected' : 'Connecting…'}
      </p>
      <ol>
        {events.map((event) => (
          <li key={event.id}>{event.text}</li>
        ))}
      </ol>
    </section>
  )
}
