import { useSyncExternalStore } from 'react'

// The docs theme marks dark mode with the `dark` class on <html> (next-themes with its default
// `attribute: 'class'`; setting `nextThemes.attribute` in theme.config.tsx would need a change here).
// Reading the class keeps the theme's own module out of the chunks that load on demand.
const root = () => document.documentElement

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange)
  observer.observe(root(), { attributes: true, attributeFilter: ['class'] })
  return () => observer.disconnect()
}

/** Whether the page is shown in dark mode; false while rendering on the server. */
export function useDarkMode(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => root().classList.contains('dark'),
    () => false,
  )
}
