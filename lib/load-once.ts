/**
 * Something loaded on demand, such as a module behind a dynamic import: however often `load()` is
 * called (to start early, on a hint, and again when it is needed), one load is in flight at a time and
 * a finished one is kept, so `current()` can hand it over synchronously, without waiting a tick. A load
 * that fails is forgotten, so the next `load()` tries again.
 */
export type LoadOnce<T> = {
  load: () => Promise<T>
  /** The loaded value, or undefined while it has not finished loading. */
  current: () => T | undefined
}

export function loadOnce<T>(start: () => Promise<T>): LoadOnce<T> {
  let pending: Promise<T> | undefined
  let done: { value: T } | undefined
  return {
    load() {
      pending ??= start().then(
        (value) => {
          done = { value }
          return value
        },
        (error: unknown) => {
          pending = undefined
          throw error
        },
      )
      return pending
    },
    current: () => done?.value,
  }
}
