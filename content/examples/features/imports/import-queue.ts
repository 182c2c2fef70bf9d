import { recordActivity } from '@/features/activity/activity-feed'
import { db, newId, type ImportJob } from '@/lib/db'

/**
 * The queue stand-in: a job row the page polls (imports) and a message a worker takes
 * (importQueue). In production the message goes to a queue service or a jobs table; the shape
 * stays: enqueue answers at once, a worker claims, reports progress, and finishes.
 */

/** A worker silent this long after its claim has died: its message is offered again. */
export const claimTimeoutMs = 5 * 60_000

// #region enqueue
/** Records the job as queued and leaves its input for a worker. Returns at once. */
export function enqueueImport(ownerId: string, rows: string[]): ImportJob {
  const job: ImportJob = { id: newId('imp'), ownerId, status: 'queued', processed: 0 }
  db().imports.push(job)
  db().importQueue.push({ jobId: job.id, rows, claimedAt: null })
  recordActivity(ownerId, `Import ${job.id} is queued: ${rows.length} rows`)
  return job
}
// #endregion enqueue

/** The oldest message no live worker holds, now claimed; its job becomes running. */
export function claimNextImport(now = Date.now()): { jobId: string; rows: string[] } | null {
  const free = (claimedAt: string | null) =>
    claimedAt === null || now - Date.parse(claimedAt) > claimTimeoutMs
  const message = db().importQueue.find((candidate) => free(candidate.claimedAt))
  const job = message && db().imports.find((candidate) => candidate.id === message.jobId)
  if (!message || !job) return null
  message.claimedAt = new Date(now).toISOString()
  job.status = 'running'
  return { jobId: job.id, rows: message.rows }
}

/** Progress from the worker; on `done` the message leaves the queue. Null for an unknown job. */
export function reportImportProgress(jobId: string, processed: number, done: boolean) {
  const job = db().imports.find((candidate) => candidate.id === jobId)
  if (!job) return null
  job.processed = processed
  // The worker holds the message: progress counts as a sign of life.
  const message = db().importQueue.find((candidate) => candidate.jobId === jobId)
  if (message) message.claimedAt = new Date().toISOString()
  if (done && job.status !== 'done') {
    job.status = 'done'
    db().importQueue = db().importQueue.filter((candidate) => candidate.jobId !== jobId)
    recordActivity(job.ownerId, `Import ${job.id} is done: ${processed} rows`)
  }
  return job
}
