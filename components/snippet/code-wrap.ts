import { useSyncExternalStore } from 'react'
import { codeWrapAttribute, codeWrapStorageKey } from '../../lib/code-wrap'

// One choice for every code block on the page: the attribute on <html> (set before the first paint
// by the hydration loader when the reader chose it before) is the state; the CSS reads it.
const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

function isWrapped() {
  return document.documentElement.hasAttribute(codeWrapAttribute)
}

/** Whether long lines wrap; the server renders them unwrapped. */
export function useCodeWrap(): boolean {
  return useSyncExternalStore(subscribe, isWrapped, () => false)
}

/**
 * Wraps or unwraps every code block, remembers the choice, and keeps the pressed button where it was
 * on screen, although the blocks above it change height.
 */
export function toggleCodeWrap(button: HTMLElement) {
  const top = button.getBoundingClientRect().top
  const wrap = !isWrapped()
  document.documentElement.toggleAttribute(codeWrapAttribute, wrap)
  try {
    localStorage.setItem(codeWrapStorageKey, wrap ? 'on' : 'off')
  } catch {
    // Storage refused (private mode): the choice lasts for this page.
  }
  window.scrollBy(0, button.getBoundingClientRect().top - top)
  listeners.forEach((listener) => listener())
}
