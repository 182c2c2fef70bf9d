'use server'

import { revalidatePath } from 'next/cache'
import { deleteProject } from '@/features/projects/service'
import { projectIdSchema } from '@/features/projects/validation'
import type { ActionResult } from '@/lib/action-result'
import { getSessionUser } from '@/lib/auth'

// A delete button in the admin table. Hiding the button from members is not enough: the service
// refuses anyone who is not an admin, whoever posts to this action.
export async function removeProject(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const user = await getSessionUser()
  if (!user) return { ok: false, message: 'Your session has ended. Sign in again.' }
  const id = projectIdSchema.safeParse(formData.get('projectId'))
  if (!id.success) return { ok: false, message: 'That is not a project id.' }

  const result = deleteProject(user, id.data)
  if (!result.ok) return { ok: false, message: result.message }
  revalidatePath('/admin/projects')
  revalidatePath('/projects')
  return { ok: true, message: `Deleted ${result.project.name}.` }
}
