import { removeExpiredShareLinks } from '@/features/projects/service'
import { hasCronSecret } from '@/lib/cron-secret'
import { jsonError } from '@/lib/http'

// A hosted scheduler calls this URL every night with a GET, so the handler exports GET: a route.ts
// without it answers the scheduler 405. It is the one GET here that changes data, which is safe only
// because nothing but the secret's holder can start it and a second run changes nothing more.
export async function GET(request: Request): Promise<Response> {
  if (!(await hasCronSecret(request))) {
    return jsonError(401, 'unauthorized', 'Send the scheduler secret: Authorization: Bearer <CRON_SECRET>.', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    })
  }
  const { removed } = removeExpiredShareLinks(new Date())
  // A report of this run, never a cached copy of an earlier one.
  return Response.json({ removed: removed.length }, { headers: { 'Cache-Control': 'no-store' } })
}
