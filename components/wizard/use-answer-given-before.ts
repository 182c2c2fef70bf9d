import Router from 'next/router'
import { useSyncExternalStore } from 'react'
import { answerGivenBefore } from '../../lib/wizard/wizard-url'

function subscribe(onChange: () => void) {
  // A step reached inside the app changes the address with pushState, which fires no hashchange.
  Router.events.on('routeChangeComplete', onChange)
  Router.events.on('hashChangeComplete', onChange)
  window.addEventListener('hashchange', onChange)
  return () => {
    Router.events.off('routeChangeComplete', onChange)
    Router.events.off('hashChangeComplete', onChange)
    window.removeEventListener('hashchange', onChange)
  }
}

/**
 * The answer the address's fragment marks as given before (from "Change" or "Back"). The HTML has
 * none (the server never sees a fragment; CSS :target marks it until React takes over), so the
 * server snapshot is empty and React reads the fragment right after hydrating.
 */
export function useAnswerGivenBefore(): string | null {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  )
  return answerGivenBefore(hash)
}
