import { useEffect } from 'react'
import { hydratedAttribute, hydratedEvent } from '../../lib/hydration-signal'

/** Marks <html> and fires the hydrated event once React has committed the first render. */
export function useHydrationSignal() {
  useEffect(() => {
    document.documentElement.setAttribute(hydratedAttribute, '')
    window.dispatchEvent(new Event(hydratedEvent))
  }, [])
}
