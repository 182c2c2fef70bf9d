import { beforeEach, describe, expect, it } from 'vitest'
import { exampleRealtimeSecret } from '@/features/realtime/channel-token'
import { resetDb } from '@/lib/db'
import { checkHandshake } from '@/realtime-server/handshake'
import { callRoute } from '@/runtime/route-call'
import { setRequestCookies } from '@/runtime/recorder'
import { signedInAda } from '@/tests/requests'
import { GET } from './route'

beforeEach(resetDb)

const ask = (channel: string) =>
  callRoute(GET, { method: 'GET', url: `/api/realtime/token?channel=${encodeURIComponent(channel)}` })

describe('GET /api/realtime/token', () => {
  it('gives the owner a token the realtime server accepts for that channel only, never cached', async () => {
    setRequestCookies(signedInAda)
    const response = await ask('project:p_engine')
    expect(response.status).toBe(200)
    expect(response.headers).toContainEqual(['cache-control', 'no-store'])
    const answer = JSON.parse(response.body)
    expect(answer).toMatchObject({ channel: 'project:p_engine', url: 'wss://realtime.example.com' })
    const socketUrl = (channel: string) =>
      `${answer.url}/channels/${encodeURIComponent(channel)}?token=${answer.token}`
    expect(await checkHandshake(socketUrl('project:p_engine'), exampleRealtimeSecret)).toMatchObject({
      accept: true,
      userId: 'u_ada',
    })
    expect(await checkHandshake(socketUrl('project:p_notes'), exampleRealtimeSecret)).toMatchObject({
      accept: false,
      status: 403,
    })
    const expired = Date.parse(answer.expiresAt)
    expect(await checkHandshake(socketUrl('project:p_engine'), exampleRealtimeSecret, expired)).toMatchObject(
      { accept: false, status: 401 },
    )
  })

  it('answers 401 without a session, 400 for a malformed channel, 404 for another user’s project', async () => {
    setRequestCookies({})
    expect((await ask('project:p_engine')).status).toBe(401)
    setRequestCookies(signedInAda)
    const malformed = await ask('everyone')
    expect(malformed.status).toBe(400)
    expect(JSON.parse(malformed.body)).toMatchObject({ error: 'invalid_channel' })
    const foreign = await ask('project:p_compiler')
    expect(foreign.status).toBe(404)
    expect(JSON.parse(foreign.body)).toMatchObject({ message: 'No project p_compiler of yours to join.' })
  })
})
