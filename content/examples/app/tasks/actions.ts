'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import type { ActionResult } from '@/lib/action-result'
import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'

const taskIdSchema = z.string().regex(/^t_\w+$/)

type Previous = ActionResult | null

// Delete, then revalidate the page in the same action: the response that answers the click already
// carries the list without the row, so it disappears with no second request and no reload.
export async function deleteTask(_previous: Previous, formData: FormData): Promise<ActionResult> {
  const user = await getSessionUser()
  if (!user) return { ok: false, message: 'Your session has ended. Sign in again.' }
  const id = taskIdSchema.safeParse(formData.get('taskId'))
  const store = db()
  const task = id.success ? store.tasks.find((candidate) => candidate.id === id.data) : undefined
  // Someone else's task answers like a missing one, so ids cannot be probed.
  if (!task || task.ownerId !== user.id) return { ok: false, message: 'That task is already gone.' }

  store.tasks = store.tasks.filter((candidate) => candidate.id !== task.id)
  revalidatePath('/tasks')
  return { ok: true, message: `Deleted “${task.title}”.` }
}
