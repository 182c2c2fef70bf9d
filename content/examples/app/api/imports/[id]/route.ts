import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'
import { jsonError } from '@/lib/http'

// The import page polls this URL every few seconds until the job is done.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser()
  if (!user) return jsonError(401, 'unauthorized', 'Sign in to see your imports.')
  const { id } = await params
  const job = db().imports.find((candidate) => candidate.id === id && candidate.ownerId === user.id)
  if (!job) return jsonError(404, 'not_found', `No import ${id} of yours.`)
  // A status changes from one poll to the next: no cache may keep an old one.
  return Response.json(
    {
      id: job.id,
      status: job.status,
      processed: job.processed,
      retryAfterSeconds: job.status === 'done' ? null : 2,
    },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
