import { z } from 'zod'

export const projectStatuses = ['draft', 'active', 'archived'] as const

/** A project id as it arrives from a form field or a URL segment. */
export const projectIdSchema = z.string().regex(/^p_[a-z0-9_]+$/, 'Not a project id')

/** The status change a form or an API client asks for. */
export const statusChangeSchema = z.object({
  projectId: projectIdSchema,
  status: z.enum(projectStatuses, { error: 'Choose draft, active or archived' }),
})

/** The status filter of a project list; absent means every status. */
export const statusFilterSchema = z.enum(projectStatuses).optional()

/** A new project from the mobile app or the web. */
export const newProjectSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(80, 'Keep the name under 80 characters'),
})
