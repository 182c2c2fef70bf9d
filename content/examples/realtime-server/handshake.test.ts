import { describe, expect, it } from 'vitest'
import { signChannelToken } from '../features/realtime/channel-token'
import { checkHandshake } from './handshake'

const secret = 'test-secret'
const now = Date.UTC(2026, 0, 15, 9)
const address = (channel: string, token?: string) =>
  `wss://realtime.example.com/channels/${encodeURIComponent(channel)}` +
  (token === undefined ? '' : `?token=${encodeURIComponent(token)}`)

describe('the realtime server’s handshake', () => {
  it('lets the token’s user into the token’s channel', async () => {
    const { token } = await signChannelToken('u_ada', 'project:p_engine', secret, now)
    expect(await checkHandshake(address('project:p_engine', token), secret, now)).toEqual({
      accept: true,
      userId: 'u_ada',
      channel: 'project:p_engine',
    })
  })

  it('refuses no token (401), an expired one (401) and another channel (403)', async () => {
    const { token, expiresAt } = await signChannelToken('u_ada', 'project:p_engine', secret, now)
    expect(await checkHandshake(address('project:p_engine'), secret, now)).toMatchObject({
      accept: false,
      status: 401,
    })
    expect(await checkHandshake(address('project:p_engine', token), secret, expiresAt)).toEqual({
      accept: false,
      status: 401,
      reason: 'The token has expired.',
    })
    expect(await checkHandshake(address('project:p_compiler', token), secret, now)).toEqual({
      accept: false,
      status: 403,
      reason: 'This token is for project:p_engine, not project:p_compiler.',
    })
  })
})
