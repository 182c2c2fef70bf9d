'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import type { ActionResult } from '@/lib/action-result'
import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'

const decisionSchema = z.object({
  commentId: z.string().regex(/^c_[a-z0-9_]+$/),
  decision: z.enum(['approve', 'reject']),
})

/** The form's message, with the HTTP status each refusal stands for (401, 403, 404, 409, 422). */
type Refusal = { ok: false; status: 401 | 403 | 404 | 409 | 422; message: string }
export type ModerationResult = { ok: true; message: string } | Refusal

// The moderation queue's Approve and Reject buttons. Being signed in is not enough: the role is
// checked here, next to the change, on every post, whichever page (or script) sent it.
export async function moderateComment(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ModerationResult> {
  const user = await getSessionUser()
  if (!user) return { ok: false, status: 401, message: 'Your session has ended. Sign in again.' }
  // The role comes from the user record on the server, read again for this request.
  if (user.role !== 'admin') {
    return { ok: false, status: 403, message: 'You do not have permission to moderate comments.' }
  }

  const parsed = decisionSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) {
    return { ok: false, status: 422, message: 'That is not a moderation decision.' }
  }
  const comment = db().comments.find((candidate) => candidate.id === parsed.data.commentId)
  if (!comment) return { ok: false, status: 404, message: `No comment ${parsed.data.commentId}.` }
  // Two moderators on the same comment: the second one learns it is done instead of overwriting it.
  if (comment.status !== 'pending') {
    return { ok: false, status: 409, message: `That comment was already ${comment.status}.` }
  }

  comment.status = parsed.data.decision === 'approve' ? 'approved' : 'rejected'
  comment.moderatedBy = user.id
  revalidatePath('/moderation')
  return { ok: true, message: `The comment is ${comment.status}.` }
}
