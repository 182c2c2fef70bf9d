'use server'

import { redirect } from 'next/navigation'
import { startSampleImport } from '@/features/imports/import-worker'
import type { ActionResult } from '@/lib/action-result'
import { getSessionUser } from '@/lib/auth'

// Starting an import changes data from our own page: a Server Action. Reading its progress
// afterwards is a GET the page polls (app/api/imports/[id]/route.ts).
// The form sends nothing: the sample file is the import.
export async function startImport(): Promise<ActionResult> {
  const user = await getSessionUser()
  if (!user) return { ok: false, message: 'Your session has ended. Sign in again.' }
  const job = startSampleImport(user.id)
  redirect(`/imports/${job.id}`)
}
