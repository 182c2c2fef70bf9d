/**
 * Moves focus to what an action produced (its result, or the error summary that stops it) and
 * scrolls it to the top of the view. Every action that moves focus goes through here, so two of
 * them never fight over where focus lands. The target's `scroll-margin-top` clears the sticky header.
 */
export function revealAndFocus(target: HTMLElement | null): void {
  if (!target) return
  // A heading or a box is not focusable by itself: -1 lets script focus it without adding a Tab stop.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
  target.focus({ preventScroll: true })
  target.scrollIntoView({ block: 'start' })
}
