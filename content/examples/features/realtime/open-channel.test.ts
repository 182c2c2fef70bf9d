import { beforeEach, describe, expect, it } from 'vitest'
import { GET } from '@/app/api/realtime/token/route'
import { resetDb } from '@/lib/db'
import { checkHandshake } from '@/realtime-server/handshake'
import { callRoute } from '@/runtime/route-call'
import { setRequestCookies } from '@/runtime/recorder'
import { signedInAda } from '@/tests/requests'
import { exampleRealtimeSecret } from './channel-token'
import { openChannel } from './open-channel'

beforeEach(resetDb)

// The browser's fetch, answered by the real token route for the signed-in reader.
async function appFetch(input: RequestInfo | URL): Promise<Response> {
  const answer = await callRoute(GET, { method: 'GET', url: String(input) })
  return new Response(answer.body, { status: answer.status, headers: answer.headers })
}

// A WebSocket that only records where it was opened.
class RecordingSocket {
  static opened: string[] = []
  constructor(url: string) {
    RecordingSocket.opened.push(url)
  }
}
const dependencies = {
  fetch: appFetch as typeof fetch,
  WebSocket: RecordingSocket as unknown as new (url: string) => WebSocket,
}

describe('openChannel', () => {
  beforeEach(() => {
    RecordingSocket.opened = []
  })

  it('opens the socket on the realtime server with a token its handshake accepts', async () => {
    setRequestCookies(signedInAda)
    await openChannel('project:p_engine', dependencies)
    expect(RecordingSocket.opened).toHaveLength(1)
    const url = RecordingSocket.opened[0]!
    expect(url).toMatch(/^wss:\/\/realtime\.example\.com\/channels\/project%3Ap_engine\?token=/)
    expect(await checkHandshake(url, exampleRealtimeSecret)).toMatchObject({ accept: true, userId: 'u_ada' })
  })

  it('opens nothing and reports the app’s reason when the app refuses a token', async () => {
    setRequestCookies({})
    await expect(openChannel('project:p_engine', dependencies)).rejects.toThrow(
      'Sign in to join a live channel.',
    )
    expect(RecordingSocket.opened).toEqual([])
  })
})
