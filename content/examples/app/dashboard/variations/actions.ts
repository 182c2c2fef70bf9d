'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { completeTagline, ModelError } from '@/features/variations/model'
import { getSessionUser } from '@/lib/auth'
import { db, newId } from '@/lib/db'
import { fieldErrors } from '@/lib/http'

export type VariationOutcome = { ok: true; text: string } | { ok: false; error: string }

export type VariationsState = {
  ok: boolean
  message: string
  fields?: Record<string, string>
  /** What was asked, so the form shows it again after React resets it. */
  values: { prompt: string; count: string }
  /** One entry per variation asked for, in order: what it says, or why it failed. */
  items: VariationOutcome[]
}

const requestSchema = z.object({
  prompt: z
    .string()
    .trim()
    .min(3, 'Describe the tagline in a few words')
    .max(200, 'Keep it under 200 characters'),
  count: z.coerce.number().int().min(1, 'Ask for at least one').max(4, 'Ask for at most 4 at once'),
})

// Only a ModelError's message is meant for the reader; anything else could leak details.
const reasonOf = (error: unknown) =>
  error instanceof ModelError ? error.message : 'The model did not answer. Try again.'

// "Generate 4 variations" is ONE action call that makes the four model calls at once. Four action
// calls from the browser would not run in parallel: Next.js sends a client's actions one at a time.
export async function generateVariations(
  _previous: VariationsState | null,
  formData: FormData,
): Promise<VariationsState> {
  const field = (name: string) => String(formData.get(name) ?? '')
  const values = { prompt: field('prompt'), count: field('count') }
  const refuse = (message: string, fields?: Record<string, string>) =>
    ({ ok: false, message, fields, values, items: [] }) satisfies VariationsState

  const user = await getSessionUser()
  if (!user) return refuse('Your session has ended. Sign in again.')
  const parsed = requestSchema.safeParse(values)
  if (!parsed.success) return refuse('Check the request.', fieldErrors(parsed.error))
  const { prompt, count } = parsed.data

  const batch = newId('batch')
  // allSettled, not all: one failed call must not throw away the variations that worked.
  const calls = Array.from({ length: count }, (_, index) =>
    completeTagline(user.id, prompt, `${batch}:${index}`),
  )
  const settled = await Promise.allSettled(calls)
  const items = settled.map((outcome): VariationOutcome =>
    outcome.status === 'fulfilled'
      ? { ok: true, text: outcome.value }
      : { ok: false, error: reasonOf(outcome.reason) },
  )
  for (const item of items) {
    if (!item.ok) continue
    db().variations.push({ id: newId('var'), ownerId: user.id, prompt, text: item.text })
  }

  const written = items.filter((item) => item.ok).length
  if (written > 0) revalidatePath('/dashboard/variations')
  return { ok: written > 0, message: `${written} of ${count} variations written.`, values, items }
}
