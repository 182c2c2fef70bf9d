'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { projectIdSchema } from '@/features/projects/validation'
import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'

/** What the star button shows: the starred state the server holds, and why a change failed. */
export type StarState = { starred: boolean; message: string }

// The button sends the state it wants (starred=true), never "toggle": the same request sent twice,
// by a retry or from a second tab, leaves the same result instead of undoing itself.
const starChangeSchema = z.object({
  projectId: projectIdSchema,
  starred: z.enum(['true', 'false']).transform((value) => value === 'true'),
})

// `previous` is what the button showed; it comes from the client, so it is only ever echoed back.
export async function setProjectStar(previous: StarState | null, formData: FormData) {
  // On a refusal the button goes back to what it showed before the click, with the reason.
  const refuse = (message: string): StarState => ({ starred: previous?.starred ?? false, message })
  const user = await getSessionUser()
  if (!user) return refuse('Your session has ended. Sign in again.')
  const parsed = starChangeSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return refuse('That is not a star change.')

  const { projectId, starred } = parsed.data
  const store = db()
  const project = store.projects.find((candidate) => candidate.id === projectId)
  // Someone else's draft is private: it answers like a project that does not exist.
  if (!project || (project.status === 'draft' && project.ownerId !== user.id)) {
    return refuse(`No project ${projectId} to star.`)
  }
  const id = `${user.id}:${project.id}`
  store.stars = store.stars.filter((star) => star.id !== id)
  if (starred) store.stars.push({ id, userId: user.id, projectId: project.id })
  // The next visit to the page (back button included) renders the new state, not a cached one.
  revalidatePath('/explore')
  return { starred, message: '' }
}
