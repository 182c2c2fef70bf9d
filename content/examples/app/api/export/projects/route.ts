import { listProjectsOf } from '@/features/projects/queries'
import { getSessionUser } from '@/lib/auth'
import { toCsv, utf8ByteOrderMark } from '@/lib/csv'
import { jsonError } from '@/lib/http'

// A file download is a response a Server Action cannot give: it needs a URL the browser opens.
export async function GET(): Promise<Response> {
  const user = await getSessionUser()
  if (!user) return jsonError(401, 'unauthorized', 'Sign in to export your projects.')

  // Only the caller's own rows: the owner comes from the session, never from the query string.
  const rows = listProjectsOf(user.id).map((project) => [
    project.id,
    project.name,
    project.status,
    project.updatedAt,
  ])
  const csv = utf8ByteOrderMark + toCsv([['id', 'name', 'status', 'updated_at'], ...rows])
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="projects.csv"',
      'Cache-Control': 'private, no-store',
    },
  })
}
