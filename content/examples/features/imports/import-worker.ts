import 'server-only'
import { db, newId, type ImportJob } from '@/lib/db'

/** The sample file the imports page offers, and how fast the stand-in worker goes through it. */
export const sampleImport = { rows: 100, rowsPerStep: 5, stepMs: 500 } as const

/**
 * A stand-in for a queue and its worker: the job is stored as queued, then processed in the
 * background, outside any request, five rows at a time. A real app hands the job to a queue and a
 * worker elsewhere; either way the page only reads the job's status.
 */
export function startSampleImport(ownerId: string): ImportJob {
  const job: ImportJob = { id: newId('imp'), ownerId, status: 'queued', processed: 0 }
  db().imports.push(job)
  const step = () => {
    const current = db().imports.find((candidate) => candidate.id === job.id)
    if (!current) return
    current.processed = Math.min(sampleImport.rows, current.processed + sampleImport.rowsPerStep)
    current.status = current.processed === sampleImport.rows ? 'done' : 'running'
    if (current.status !== 'done') setTimeout(step, sampleImport.stepMs)
  }
  setTimeout(step, sampleImport.stepMs)
  return job
}
