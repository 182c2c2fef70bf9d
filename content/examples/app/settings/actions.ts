'use server'

import { revalidatePath } from 'next/cache'
import { profileSchema } from '@/features/settings/validation'
import { getSessionUser } from '@/lib/auth'
import { fieldErrors } from '@/lib/http'

export type ProfileState = {
  ok: boolean | null
  message: string
  fields: Record<string, string>
  values: { name: string; email: string }
}

// Our own settings form is the only caller, so this is a Server Action: no URL to design or secure
// beyond the action itself. It still authenticates and validates: anyone can post to an action.
export async function updateProfile(_previous: ProfileState, formData: FormData): Promise<ProfileState> {
  const values = { name: String(formData.get('name') ?? ''), email: String(formData.get('email') ?? '') }
  const user = await getSessionUser()
  if (!user) return { ok: false, message: 'Your session has ended. Sign in again.', fields: {}, values }

  const parsed = profileSchema.safeParse(values)
  if (!parsed.success) {
    return { ok: false, message: 'Check the highlighted fields.', fields: fieldErrors(parsed.error), values }
  }
  user.name = parsed.data.name
  user.email = parsed.data.email
  // The dashboard greets the user by name: drop its cached render so it shows the new one.
  revalidatePath('/dashboard', 'layout')
  return { ok: true, message: 'Profile saved.', fields: {}, values: parsed.data }
}
