import { db } from '@/lib/db'

/**
 * Run keys: one per job and period, so a scheduler's retry or a second call in the same period finds
 * the run already started and stops. With a database, the key is a unique column and the claim is
 * one INSERT … ON CONFLICT DO NOTHING: two overlapping calls cannot both win.
 */

// #region run-key
/** The key of a daily job's run for the UTC day of `now`: `daily-digest:2026-12-01`. */
export function dailyRunKey(job: string, now: Date): string {
  return `${job}:${now.toISOString().slice(0, 10)}`
}

/** Claims the run; false when a run with this key has already started (or finished). */
export function claimRun(key: string, now: Date): boolean {
  const runs = db().scheduledRuns
  // Check and insert in one synchronous step: no other request runs in between.
  if (runs.some((run) => run.key === key)) return false
  runs.push({ key, startedAt: now.toISOString() })
  return true
}

/** Gives a failed run's key back, so the scheduler's retry can run it again. */
export function releaseRun(key: string): void {
  db().scheduledRuns = db().scheduledRuns.filter((run) => run.key !== key)
}
// #endregion run-key
