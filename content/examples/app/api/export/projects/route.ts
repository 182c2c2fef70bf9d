import { listProjectsOf } from '@/features/projects/queries'
import { getSessionUser } from '@/lib/auth'
import { toCsv } from '@/lib/csv'
import { jsonError } from '@/lib/http'

// A file download is a response a Server Action cannot give: it needs a URL the browser navigates to.
export async function GET(): Promise<Response> {
  const user = await getSessionUser()
  if (!user) return jsonError(401, 'unauthorized', 'Sign in to export your projects.')

  const rows = listProjectsOf(user.id).map((project) => [
    project.id,
    project.name,
    project.status,
    project.updatedAt,
  ])
  return new Response(toCsv([['id', 'name', 'status', 'updated_at'], ...rows]), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="projects.csv"',
      'Cache-Control': 'private, no-store',
    },
  })
}
