'use server'

import { revalidatePath } from 'next/cache'
import { headObject, presignPut } from '@/features/uploads/storage'
import {
  extensionOf,
  uploadUrlSeconds,
  videoFileSchema,
  videoKeySchema,
} from '@/features/uploads/video-rules'
import type { ActionResult } from '@/lib/action-result'
import { getSessionUser } from '@/lib/auth'
import { db, newId } from '@/lib/db'
import { fieldErrors } from '@/lib/http'

type Refusal = { ok: false; message: string; fields?: Record<string, string> }
export type UploadTicket = { ok: true; key: string; url: string } | Refusal

const signedOut = { ok: false as const, message: 'Your session has ended. Sign in again.' }

// Step 1: the browser says what it wants to upload; the action checks the user and the file's
// description, and signs a short-lived URL for one new key, that size and that type. No bytes here.
export async function requestVideoUpload(file: {
  name: string
  size: number
  type: string
}): Promise<UploadTicket> {
  const user = await getSessionUser()
  if (!user) return signedOut
  const parsed = videoFileSchema.safeParse(file)
  if (!parsed.success) {
    return { ok: false, message: 'Check the video.', fields: fieldErrors(parsed.error) }
  }

  const { name, size, type } = parsed.data
  const key = `videos/${user.id}/${newId('v')}.${extensionOf(type)}`
  const expires = Math.floor(Date.now() / 1000) + uploadUrlSeconds
  const url = await presignPut({ key, size, type, expires })
  db().videoUploads.push({ key, ownerId: user.id, name, size, type, status: 'signed' })
  return { ok: true, key, url }
}

// Step 3, after the browser's PUT: record the upload, once storage confirms it holds the object.
export async function recordVideoUpload(key: string): Promise<ActionResult> {
  const user = await getSessionUser()
  if (!user) return signedOut
  const upload = videoKeySchema.safeParse(key).success
    ? db().videoUploads.find((entry) => entry.key === key && entry.ownerId === user.id)
    : undefined
  if (!upload) return { ok: false, message: 'No upload of yours has that key.' }

  // The browser's word that its PUT worked is not proof: ask storage what it holds.
  const stored = headObject(key)
  if (!stored || stored.size !== upload.size)
    return { ok: false, message: `${upload.name} has not reached storage.` }
  upload.status = 'uploaded'
  revalidatePath('/videos')
  return { ok: true, message: `${upload.name} is uploaded.` }
}
