import { db } from './db'

/** How many attempts one key may make in each window. */
export type RateLimit = { limit: number; windowMinutes: number }

export type RateDecision = { ok: true } | { ok: false; retryInMinutes: number }

const minute = 60_000

/**
 * Counts one attempt for `key` (`contact:ip:203.0.113.7`) in a fixed window and says whether it may
 * go on. The counts live in the example's store, so in one server's memory: with more than one
 * instance, or on serverless functions, keep them in a shared store that expires keys itself.
 */
export function takeAttempt(
  key: string,
  { limit, windowMinutes }: RateLimit,
  now = Date.now(),
): RateDecision {
  const windows = db().rateLimits
  const current = windows[key]
  const window =
    current && current.resetAt > now ? current : { count: 0, resetAt: now + windowMinutes * minute }
  window.count += 1
  windows[key] = window
  if (window.count <= limit) return { ok: true }
  return { ok: false, retryInMinutes: Math.ceil((window.resetAt - now) / minute) }
}

/** The answer to an attempt over the limit, with the wait in whole minutes. */
export function tooManyAttempts(retryInMinutes: number): string {
  const unit = retryInMinutes === 1 ? 'minute' : 'minutes'
  return `Too many attempts, try again in ${retryInMinutes} ${unit}.`
}
