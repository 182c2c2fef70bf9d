import { describe, expect, it } from 'vitest'
import { signChannelToken, tokenLifetimeSeconds, verifyChannelToken } from './channel-token'

const secret = 'test-secret'
const now = Date.UTC(2026, 0, 15, 9)

describe('channel tokens', () => {
  it('verify for the user and channel they were signed for, until they expire', async () => {
    const { token, expiresAt } = await signChannelToken('u_ada', 'project:p_engine', secret, now)
    expect(expiresAt).toBe(now + tokenLifetimeSeconds * 1000)
    expect(await verifyChannelToken(token, secret, now + 59_000)).toEqual({
      ok: true,
      claims: { sub: 'u_ada', channel: 'project:p_engine', exp: expiresAt / 1000 },
    })
    expect(await verifyChannelToken(token, secret, expiresAt)).toEqual({
      ok: false,
      reason: 'The token has expired.',
    })
  })

  it('refuse another secret, a changed payload and malformed text', async () => {
    const { token } = await signChannelToken('u_ada', 'project:p_engine', secret, now)
    expect(await verifyChannelToken(token, 'other-secret', now)).toMatchObject({ ok: false })
    const [, mac] = token.split('.')
    const forged = btoa(JSON.stringify({ sub: 'u_grace', channel: 'project:p_engine', exp: 9e9 }))
    expect(await verifyChannelToken(`${forged.replace(/=+$/, '')}.${mac}`, secret, now)).toEqual({
      ok: false,
      reason: 'The signature does not match.',
    })
    for (const malformed of ['', 'abc', 'a.b.c', `${token}.x`, '!!.??'])
      expect(await verifyChannelToken(malformed, secret, now), malformed).toMatchObject({ ok: false })
  })
})
