import { listProjectsOf } from '@/features/projects/queries'
import { createProject } from '@/features/projects/service'
import { newProjectSchema, statusFilterSchema } from '@/features/projects/validation'
import { getTokenCaller } from '@/lib/auth'
import { jsonError, readJson, validationError } from '@/lib/http'

// The mobile app's view of the same projects the dashboard shows, through the same queries and service.
function unauthorized(): Response {
  return jsonError(401, 'unauthorized', 'Send a mobile token: Authorization: Bearer <token>.', {
    headers: { 'WWW-Authenticate': 'Bearer' },
  })
}

export async function GET(request: Request): Promise<Response> {
  const caller = getTokenCaller(request, 'mobile')
  if (!caller) return unauthorized()
  const status = statusFilterSchema.safeParse(new URL(request.url).searchParams.get('status') ?? undefined)
  if (!status.success) return jsonError(400, 'invalid_status', 'status must be draft, active or archived.')
  return Response.json({ projects: listProjectsOf(caller.user.id, status.data) })
}

export async function POST(request: Request): Promise<Response> {
  const caller = getTokenCaller(request, 'mobile')
  if (!caller) return unauthorized()
  const body = await readJson(request)
  if (body === undefined) return jsonError(400, 'invalid_json', 'The body must be JSON.')
  const parsed = newProjectSchema.safeParse(body)
  if (!parsed.success) return validationError(parsed.error)
  return Response.json(createProject(caller.user, parsed.data.name), { status: 201 })
}
