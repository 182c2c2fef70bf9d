import { describe, expect, it } from 'vitest'
import { signStandardWebhook, toleranceSeconds, verifyStandardWebhook } from './standard-webhooks'

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
const body = '{"type":"email.bounced","data":{"to":"ada@example.com"}}'
const bytes = (text: string) => new TextEncoder().encode(text)

describe('verifyStandardWebhook', () => {
  it('accepts a signature over id.timestamp.body, with webhook- or svix- headers, and returns the id', async () => {
    for (const prefix of ['webhook', 'svix'] as const) {
      const headers = new Headers(await signStandardWebhook(body, secret, { id: 'msg_1', prefix }))
      expect(await verifyStandardWebhook(bytes(body), headers, secret)).toEqual({ ok: true, id: 'msg_1' })
    }
  })

  it('keys the HMAC with the decoded bytes of the whsec_ secret', async () => {
    // Computed independently: HMAC-SHA256 with the base64-decoded key over "msg_1.1700000000.body".
    const key = Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64')
    const { createHmac } = await import('node:crypto')
    const expected = createHmac('sha256', key).update(`msg_1.1700000000.${body}`).digest('base64')
    const signed = await signStandardWebhook(body, secret, { id: 'msg_1', now: 1_700_000_000_000 })
    expect(signed['webhook-signature']).toBe(`v1,${expected}`)
  })

  it('accepts any v1 entry of a rotated secret and skips other versions', async () => {
    const signed = await signStandardWebhook(body, secret, { id: 'msg_2' })
    const headers = new Headers({
      ...signed,
      'webhook-signature': `v1a,c29tZXRoaW5n v1,AAAA ${signed['webhook-signature']}`,
    })
    expect((await verifyStandardWebhook(bytes(body), headers, secret)).ok).toBe(true)
  })

  it('refuses a tampered body, another id, a wrong secret, a stale timestamp and missing headers', async () => {
    const signed = await signStandardWebhook(body, secret, { id: 'msg_3' })
    const check = (text: string, headers: Record<string, string>, key = secret) =>
      verifyStandardWebhook(bytes(text), new Headers(headers), key)
    const mismatch = { ok: false, reason: 'No v1 signature matches the body.' }
    expect(await check(body.replace('ada', 'eve'), signed)).toEqual(mismatch)
    expect(await check(body, { ...signed, 'webhook-id': 'msg_4' })).toEqual(mismatch)
    expect(await check(body, signed, 'whsec_c2VjcmV0IG9mIGFub3RoZXIgZW5kcG9pbnQ=')).toEqual(mismatch)

    const old = Date.now() - (toleranceSeconds + 1) * 1000
    const stale = await signStandardWebhook(body, secret, { id: 'msg_5', now: old })
    expect(await check(body, stale)).toEqual({
      ok: false,
      reason: 'webhook-timestamp is more than 300 seconds from now.',
    })
    const unsigned = {
      'webhook-id': signed['webhook-id']!,
      'webhook-timestamp': signed['webhook-timestamp']!,
    }
    expect(await check(body, unsigned)).toEqual({
      ok: false,
      reason: 'Missing webhook-id, webhook-timestamp or webhook-signature.',
    })
  })

  it('throws on a secret that is not whsec_<base64>: a setup mistake, not a bad delivery', async () => {
    const headers = new Headers(await signStandardWebhook(body, secret, { id: 'msg_6' }))
    await expect(verifyStandardWebhook(bytes(body), headers, 'plain-text-secret')).rejects.toThrow(
      'whsec_<base64>',
    )
  })
})
