/**
 * Whether a box (an element's getBoundingClientRect()) lies within `screens` viewport heights above
 * or below the visible part of the page: the same band as an IntersectionObserver with a rootMargin of
 * `${screens * 100}% 0px`, for code that must decide at once, before an observer would report.
 */
export function nearViewport(
  box: { top: number; bottom: number },
  viewportHeight: number,
  screens = 1,
): boolean {
  const margin = viewportHeight * screens
  return box.bottom >= -margin && box.top <= viewportHeight + margin
}
