import { maxStreamsPerUser, openStreamsOf } from '@/features/activity/activity-feed'
import { activityEventStream } from '@/features/activity/event-stream'
import { getSessionUser } from '@/lib/auth'
import { jsonError } from '@/lib/http'

// EventSource sends the id of the last event it saw when it reconnects; the page's first request
// names it in ?after= instead, since EventSource cannot set headers.
function lastEventId(request: Request): number | null {
  const after = new URL(request.url).searchParams.get('after')
  const value = request.headers.get('last-event-id') ?? after ?? '0'
  return /^\d{1,15}$/.test(value) ? Number(value) : null
}

// #region handler
export async function GET(request: Request) {
  const user = await getSessionUser()
  // Any answer but 200 with text/event-stream makes EventSource give up instead of reconnecting.
  if (!user) return jsonError(401, 'unauthorized', 'Sign in to follow your activity.')
  const lastId = lastEventId(request)
  if (lastId === null) return jsonError(400, 'invalid_event_id', 'Last-Event-ID is an event id.')
  if (openStreamsOf(user.id) >= maxStreamsPerUser) {
    return jsonError(429, 'too_many_streams', 'Your activity is already open in too many tabs.', {
      headers: { 'Retry-After': '30' },
    })
  }
  return new Response(activityEventStream(user.id, lastId, request.signal), {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // Every reader gets their own live stream: never cache it.
      'Cache-Control': 'no-store',
      // nginx buffers responses unless told not to; buffered events arrive late or all at once.
      'X-Accel-Buffering': 'no',
    },
  })
}
// #endregion handler
