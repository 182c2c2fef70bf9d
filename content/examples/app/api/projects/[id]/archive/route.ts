import { archiveProject } from '@/features/projects/service'
import { projectIdSchema } from '@/features/projects/validation'
import { getTokenCaller } from '@/lib/auth'
import { jsonError } from '@/lib/http'

const statusByReason = { not_found: 404, forbidden: 403, illegal_transition: 409 } as const

// The mobile app archives a project under the same rule as the dashboard's button: the service decides.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const caller = getTokenCaller(request, 'mobile')
  if (!caller) return jsonError(401, 'unauthorized', 'Send a mobile token: Authorization: Bearer <token>.')
  const id = projectIdSchema.safeParse((await params).id)
  if (!id.success) return jsonError(404, 'not_found', 'No such project.')

  const result = archiveProject(caller.user, id.data)
  if (!result.ok) return jsonError(statusByReason[result.reason], result.reason, result.message)
  return Response.json(result.project)
}
