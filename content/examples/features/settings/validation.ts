import { z } from 'zod'

/**
 * The profile a settings form sends. The App Router's Server Action (app/settings/actions.ts) and the
 * Pages Router's API Route (pages/api/settings.ts) parse with it, so both accept the same input.
 */
export const profileSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(60, 'Keep your name under 60 characters'),
  email: z.email('Enter an email address like name@example.com'),
})

export type Profile = z.infer<typeof profileSchema>
