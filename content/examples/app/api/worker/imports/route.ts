import { z } from 'zod'
import { claimNextImport, reportImportProgress } from '@/features/imports/import-queue'
import { isWorkerRequest } from '@/features/imports/worker-auth'
import { jsonError, readJson, validationError } from '@/lib/http'

/**
 * The worker's door into the queue: the worker runs outside this app and calls here with its own
 * secret. Both methods answer in milliseconds; the import itself runs in the worker.
 */

const refused = () =>
  jsonError(401, 'unauthorized', 'Send the worker secret: Authorization: Bearer <secret>.')

/** Take the next job: 200 with its input, or 204 when the queue is empty. */
export async function POST(request: Request) {
  if (!(await isWorkerRequest(request))) return refused()
  const claimed = claimNextImport()
  return claimed ? Response.json(claimed) : new Response(null, { status: 204 })
}

const progressSchema = z.object({
  jobId: z.string().regex(/^imp_\w+$/, 'Not an import id'),
  processed: z.number().int().min(0),
  done: z.boolean(),
})

/** Report progress on a claimed job; `done: true` finishes it. */
export async function PATCH(request: Request) {
  if (!(await isWorkerRequest(request))) return refused()
  const parsed = progressSchema.safeParse(await readJson(request))
  if (!parsed.success) return validationError(parsed.error)
  const job = reportImportProgress(parsed.data.jobId, parsed.data.processed, parsed.data.done)
  if (!job) return jsonError(404, 'not_found', `No import ${parsed.data.jobId}.`)
  return Response.json({ id: job.id, status: job.status, processed: job.processed })
}
