import { channelSchema, realtimeSecret, signChannelToken } from '@/features/realtime/channel-token'
import { listProjectsOf } from '@/features/projects/queries'
import { getSessionUser } from '@/lib/auth'
import { jsonError } from '@/lib/http'

/** Where browsers open the socket: the realtime server, deployed apart from this app. */
const realtimeUrl = () => process.env.REALTIME_URL ?? 'wss://realtime.example.com'

// A token is for one reader and one moment: no cache may keep it or hand it to someone else.
const noStore = { 'Cache-Control': 'no-store' }

// The browser asks for a token just before it opens the WebSocket, and again before each reconnect.
// This app never holds the socket: it only says who may join which channel, for one minute.
export async function GET(request: Request) {
  const user = await getSessionUser()
  if (!user) return jsonError(401, 'unauthorized', 'Sign in to join a live channel.', { headers: noStore })
  const channel = channelSchema.safeParse(new URL(request.url).searchParams.get('channel'))
  if (!channel.success) {
    return jsonError(400, 'invalid_channel', 'Name a channel like ?channel=project:p_engine.', {
      headers: noStore,
    })
  }
  const projectId = channel.data.slice('project:'.length)
  if (!listProjectsOf(user.id).some((project) => project.id === projectId))
    return jsonError(404, 'not_found', `No project ${projectId} of yours to join.`, { headers: noStore })

  const { token, expiresAt } = await signChannelToken(user.id, channel.data, realtimeSecret())
  return Response.json(
    { token, channel: channel.data, url: realtimeUrl(), expiresAt: new Date(expiresAt).toISOString() },
    { headers: noStore },
  )
}
