import type { NextApiRequest, NextApiResponse } from 'next'
import { listProjectsOf } from '@/features/projects/queries'
import { sessionCookie, userFromSession } from '@/lib/auth'
import { toCsv, utf8ByteOrderMark } from '@/lib/csv'

// A file download: the API Route sets the headers and sends the body itself. Under /v1 only because
// app/api/export/projects/route.ts answers /api/export/projects in this example app.
export default function handler(request: NextApiRequest, response: NextApiResponse) {
  if (request.method !== 'GET') {
    response.setHeader('Allow', 'GET')
    return response.status(405).json({ error: 'method_not_allowed', message: 'Use GET.' })
  }
  // A download link is easy to share: the file holds only the signed-in reader's own projects.
  const user = userFromSession(request.cookies[sessionCookie])
  if (!user) {
    return response.status(401).json({ error: 'unauthorized', message: 'Sign in to export your projects.' })
  }
  const rows = listProjectsOf(user.id).map((project) => [
    project.id,
    project.name,
    project.status,
    project.updatedAt,
  ])
  response.setHeader('Content-Type', 'text/csv; charset=utf-8')
  response.setHeader('Content-Disposition', 'attachment; filename="projects.csv"')
  response.setHeader('Cache-Control', 'private, no-store')
  // The byte order mark first, so Excel on Windows reads the file as UTF-8 (see lib/csv.ts).
  const csv = utf8ByteOrderMark + toCsv([['id', 'name', 'status', 'updated_at'], ...rows])
  return response.status(200).send(csv)
}
