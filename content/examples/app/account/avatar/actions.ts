'use server'

import { revalidatePath } from 'next/cache'
import { avatarTooLarge, maxAvatarBytes } from '@/features/avatars/avatar-rules'
import { sniffImageType, sniffLength } from '@/features/avatars/image-type'
import type { ActionResult } from '@/lib/action-result'
import { getSessionUser } from '@/lib/auth'
import { toBase64 } from '@/lib/base64'
import { db } from '@/lib/db'

const refuse = (avatar: string): ActionResult => ({
  ok: false,
  message: 'Check the image.',
  fields: { avatar },
})

// The file arrives inside the action's request body, which Next.js caps at 1 MB by default: fine
// for an avatar. Check the size and the real type before reading the whole file.
export async function uploadAvatar(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const user = await getSessionUser()
  if (!user) return { ok: false, message: 'Your session has ended. Sign in again.' }

  const file = formData.get('avatar')
  // With no file chosen, a form still sends the field: an empty file without a name.
  if (!(file instanceof File) || file.size === 0) return refuse('Choose a PNG, JPEG or WebP image.')
  if (file.size > maxAvatarBytes) return refuse(avatarTooLarge(file.size))
  // The name and file.type are what the client claims; the first bytes say what the file is.
  const type = sniffImageType(new Uint8Array(await file.slice(0, sniffLength).arrayBuffer()))
  if (!type) return refuse('That file is not a PNG, JPEG or WebP image.')

  const bytes = new Uint8Array(await file.arrayBuffer())
  db().avatars[user.id] = { type, size: bytes.length, base64: toBase64(bytes) }
  revalidatePath('/account/avatar')
  return { ok: true, message: `Avatar saved (${Math.ceil(bytes.length / 1024)} KB).` }
}
