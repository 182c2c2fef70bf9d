import { sendDailyDigests } from '@/features/projects/daily-digest'
import { claimRun, dailyRunKey, releaseRun } from '@/features/schedules/scheduled-runs'
import { hasCronSecret } from '@/lib/cron-secret'
import { jsonError } from '@/lib/http'

// Hosted schedulers send GET, so this exports GET (a POST-only route.ts answers them 405). It reads
// the request's headers, so Next.js runs it on every call: nothing caches a run.
export async function GET(request: Request): Promise<Response> {
  // The secret first: without it, nothing below runs and nothing changes.
  if (!(await hasCronSecret(request))) {
    return jsonError(401, 'unauthorized', 'Send the scheduler secret: Authorization: Bearer <CRON_SECRET>.', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    })
  }
  const now = new Date()
  const runKey = dailyRunKey('daily-digest', now)
  const noStore = { headers: { 'Cache-Control': 'no-store' } }
  // A retry of today's run finds the key taken and sends nothing; still 200, so it stops retrying.
  if (!claimRun(runKey, now)) return Response.json({ runKey, ran: false, sent: 0 }, noStore)
  try {
    const { sent } = await sendDailyDigests(now)
    return Response.json({ runKey, ran: true, sent }, noStore)
  } catch (error) {
    releaseRun(runKey) // a failed run may be retried
    throw error
  }
}
