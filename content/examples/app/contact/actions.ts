'use server'

import { headers } from 'next/headers'
import { z } from 'zod'
import type { ActionResult } from '@/lib/action-result'
import { clientAddress } from '@/lib/client-address'
import { db, newId } from '@/lib/db'
import { fieldErrors } from '@/lib/http'
import { takeAttempt, tooManyAttempts } from '@/lib/rate-limit'

const contactSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(80, 'Keep your name under 80 characters'),
  email: z.email('Enter an email address like name@example.com'),
  message: z
    .string()
    .trim()
    .min(10, 'Write at least 10 characters')
    .max(2000, 'Keep it under 2000 characters'),
})

// Five tries from one address, and three messages from one email address, in each 10 minutes.
const perAddress = { limit: 5, windowMinutes: 10 }
const perEmail = { limit: 3, windowMinutes: 10 }
const thanks: ActionResult = { ok: true, message: 'Thanks, we will reply soon.' }

// A public form on our own site: a Server Action with no session to read. Nobody signs in, so no
// answer asks anyone to; a honeypot, rate limits and validation stand in for the session check.
export async function sendContactMessage(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  // Bots fill every field; a filled honeypot gets the same thanks and nothing is stored.
  if (String(formData.get('website') ?? '') !== '') return thanks

  const address = clientAddress(await headers())
  // No address means no proxy wrote one: the email limit below still applies.
  if (address) {
    const fromAddress = takeAttempt(`contact:ip:${address}`, perAddress)
    if (!fromAddress.ok) return { ok: false, message: tooManyAttempts(fromAddress.retryInMinutes) }
  }

  const parsed = contactSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error)
    return { ok: false, message: 'Check the highlighted fields.', fields }
  }
  const fromEmail = takeAttempt(`contact:email:${parsed.data.email.toLowerCase()}`, perEmail)
  if (!fromEmail.ok) return { ok: false, message: tooManyAttempts(fromEmail.retryInMinutes) }

  db().messages.push({ id: newId('msg'), ...parsed.data })
  return thanks
}
