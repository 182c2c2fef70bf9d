'use server'

import { z } from 'zod'
import type { ActionResult } from '@/lib/action-result'
import { db, newId } from '@/lib/db'
import { fieldErrors } from '@/lib/http'

const contactSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(80, 'Keep your name under 80 characters'),
  email: z.email('Enter an email address like name@example.com'),
  message: z
    .string()
    .trim()
    .min(10, 'Write at least 10 characters')
    .max(2000, 'Keep it under 2000 characters'),
})

// A public form on our own site: a Server Action, with a honeypot field that people never see.
export async function sendContactMessage(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  // Bots fill every field; a filled honeypot gets the same thanks and nothing is stored.
  if (String(formData.get('website') ?? '') !== '')
    return { ok: true, message: 'Thanks, we will reply soon.' }

  const parsed = contactSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) {
    return { ok: false, message: 'Check the highlighted fields.', fields: fieldErrors(parsed.error) }
  }
  db().messages.push({ id: newId('msg'), ...parsed.data })
  return { ok: true, message: 'Thanks, we will reply soon.' }
}
