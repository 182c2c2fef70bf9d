import { useEffect, useRef } from 'react'

/**
 * After a reader's action, focus goes to what the action produced: a screen reader reads it out, the
 * next Tab continues from there. The page stays where it is while the element sits in the upper half
 * of the view (what follows it is in sight too); otherwise the element scrolls up to just below the
 * header.
 */
export function focusProduced(element: HTMLElement) {
  element.focus({ preventScroll: true })
  // The theme's header stays at the top of the viewport and would cover what scrolls under it.
  const header = document.querySelector('.nextra-nav-container')?.getBoundingClientRect().bottom ?? 0
  const box = element.getBoundingClientRect()
  const upperHalf = header + (window.innerHeight - header) / 2
  if (box.top >= header && box.top <= upperHalf && box.bottom <= window.innerHeight) return
  window.scrollBy({ top: box.top - header - 16 })
}

// The element an action asked to focus, by name. What it produced may render later than the action's
// own handler (after a route change, a lazy component, a fetch), so the element takes focus when it
// renders; the request lapses when the reader presses a key or the pointer first.
let requested: string | null = null

function lapse() {
  requested = null
}

/** Asks the element registered under `target` (useFocusOnRequest) to take focus once it renders. */
export function requestFocus(target: string) {
  requested = target
  document.removeEventListener('keydown', lapse, true)
  document.removeEventListener('pointerdown', lapse, true)
  document.addEventListener('keydown', lapse, { capture: true, once: true })
  document.addEventListener('pointerdown', lapse, { capture: true, once: true })
}

/**
 * A ref for the element that shows what an action produced. It takes focus (focusProduced) when it
 * renders after an action asked for `target` (null: not now). A heading or paragraph needs
 * tabIndex={-1} to take it.
 */
export function useFocusOnRequest<T extends HTMLElement>(target: string | null) {
  const ref = useRef<T>(null)
  useEffect(() => {
    const element = ref.current
    if (!element || target === null || requested !== target) return
    requested = null
    focusProduced(element)
  })
  return ref
}
