'use server'

import { revalidatePath } from 'next/cache'
import { changeProjectStatus } from '@/features/projects/service'
import { statusChangeSchema } from '@/features/projects/validation'
import type { ActionResult } from '@/lib/action-result'
import { getSessionUser } from '@/lib/auth'
import { fieldErrors } from '@/lib/http'

// The dashboard's status buttons: authenticate, validate, let the service decide, refresh the page.
export async function changeStatus(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const user = await getSessionUser()
  if (!user) return { ok: false, message: 'Your session has ended. Sign in again.' }

  const parsed = statusChangeSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success)
    return { ok: false, message: 'That change is not valid.', fields: fieldErrors(parsed.error) }

  // The service checks ownership and the Draft → Active → Archived rule, for every entry point.
  const result = changeProjectStatus(user, parsed.data.projectId, parsed.data.status)
  if (!result.ok) return { ok: false, message: result.message }

  revalidatePath('/dashboard/projects')
  revalidatePath('/projects')
  return { ok: true, message: `${result.project.name} is now ${result.project.status}.` }
}
