'use server'

import { z } from 'zod'
import { enqueueImport } from '@/features/imports/import-queue'
import { getSessionUser } from '@/lib/auth'
import { fieldErrors } from '@/lib/http'

export type StartImportResult =
  | { ok: true; message: string; jobId: string }
  | { ok: false; message: string; fields?: Record<string, string> }

/** At most this many rows per import: the whole form must stay under the 1 MB action body limit. */
const maxImportRows = 10_000

const importSchema = z.object({
  rows: z
    .string()
    .transform((text) => text.split(/\r?\n/).filter((line) => line.trim() !== ''))
    .pipe(
      z
        .array(z.string())
        .min(1, 'Paste at least one row')
        .max(maxImportRows, `Split the file: at most ${maxImportRows} rows per import`),
    ),
})

// #region action
// The action only checks and enqueues: it answers in milliseconds with the job's id, and a worker
// outside the app does the import. Running the import here would hold the request for minutes.
export async function startImport(
  _previous: StartImportResult | null,
  formData: FormData,
): Promise<StartImportResult> {
  const user = await getSessionUser()
  if (!user) return { ok: false, message: 'Your session has ended. Sign in again.' }
  const parsed = importSchema.safeParse({ rows: formData.get('rows') ?? '' })
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error)
    return { ok: false, message: 'Check the highlighted fields.', fields }
  }
  const job = enqueueImport(user.id, parsed.data.rows)
  return { ok: true, message: `Import ${job.id} is queued.`, jobId: job.id }
}
// #endregion action
