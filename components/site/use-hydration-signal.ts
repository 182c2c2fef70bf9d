import { useEffect, useState } from 'react'
import {
  chromeHydratedAttribute,
  hydratedAttribute,
  hydratedEvent,
  partEvent,
  readyEvent,
  type HydratedPart,
} from '../../lib/hydration-signal'

/** Fires the ready event once React has committed the app shell and is in charge of events. */
export function useReadySignal() {
  useEffect(() => {
    window.dispatchEvent(new Event(readyEvent))
  }, [])
}

/**
 * Rendered last inside a part's Suspense boundary. Its first effect runs after every other effect of
 * the part (the part's components have mounted and reset their fields): it fires the part event.
 * Its second render comes with the re-render that components asking "am I mounted?" make (the
 * theme button's label, the search shortcut hint); only then is the part marked hydrated.
 */
export function HydrationMark({ part }: { part: HydratedPart }) {
  const [mounted, setMounted] = useState(false)
  useEffect(() => {
    window.dispatchEvent(new Event(partEvent))
    setMounted(true)
  }, [])
  useEffect(() => {
    if (!mounted) return
    document.documentElement.setAttribute(part === 'chrome' ? chromeHydratedAttribute : hydratedAttribute, '')
    if (part === 'article') window.dispatchEvent(new Event(hydratedEvent))
  }, [mounted, part])
  return null
}
