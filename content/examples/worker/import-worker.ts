/**
 * The worker: a long-running process deployed apart from the Next.js app (a container, a VM, a
 * background worker on your host), with no request time limit. It takes one import at a time and
 * runs it for as long as it needs, reporting progress as it goes. It reaches the queue through the
 * app's worker API with its own secret, so it needs no database credentials; a worker that shares
 * the database would call features/imports/import-queue.ts directly.
 */

export type WorkerOptions = {
  /** The Next.js app's address, such as https://projects.example.com. */
  appUrl: string
  secret: string
  fetch?: typeof fetch
  /** Rows per progress report. */
  batchSize?: number
}

/** A row this import accepts: a name and an email address, separated by a comma. */
const validRow = /^[^,]+,[^,\s]+@[^,\s]+$/

// #region run-once
/** Takes the next import and runs it to the end. Null when the queue is empty. */
export async function runImportWorkerOnce({
  appUrl,
  secret,
  fetch: send = fetch,
  batchSize = 100,
}: WorkerOptions): Promise<{ jobId: string; processed: number } | null> {
  const headers = { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }
  const claim = await send(`${appUrl}/api/worker/imports`, { method: 'POST', headers })
  if (claim.status === 204) return null
  if (!claim.ok) throw new Error(`The queue refused the claim: ${claim.status}`)
  const { jobId, rows } = (await claim.json()) as { jobId: string; rows: string[] }

  let processed = 0
  for (let start = 0; start === 0 || start < rows.length; start += batchSize) {
    // The real work goes here (write the rows, transcode, render the report): minutes are fine.
    processed += rows.slice(start, start + batchSize).filter((row) => validRow.test(row)).length
    const done = start + batchSize >= rows.length
    const report = await send(`${appUrl}/api/worker/imports`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ jobId, processed, done }),
    })
    if (!report.ok) throw new Error(`The queue refused the progress of ${jobId}: ${report.status}`)
  }
  return { jobId, processed }
}
// #endregion run-once

/** The process's main loop: run jobs until `signal` aborts, and wait `idleMs` when idle. */
export async function runImportWorker(options: WorkerOptions, signal: AbortSignal, idleMs = 2_000) {
  while (!signal.aborted) {
    const ran = await runImportWorkerOnce(options).catch((error: unknown) => {
      console.error(error)
      return null
    })
    if (!ran) await new Promise((resolve) => setTimeout(resolve, idleMs))
  }
}
