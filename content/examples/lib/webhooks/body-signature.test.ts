import { describe, expect, it } from 'vitest'
import { signBody, verifyBodySignature } from './body-signature'

const body = '{\n  "action": "opened",\n  "number": 7\n}'
const bytes = (text: string) => new TextEncoder().encode(text)

describe('verifyBodySignature', () => {
  for (const encoding of ['hex', 'base64'] as const) {
    it(`accepts the ${encoding} HMAC of the exact body and refuses anything else`, async () => {
      const signature = await signBody(body, 'secret', encoding)
      expect(await verifyBodySignature(bytes(body), signature, 'secret', encoding)).toEqual({ ok: true })

      const reserialized = JSON.stringify(JSON.parse(body))
      expect(await verifyBodySignature(bytes(reserialized), signature, 'secret', encoding)).toEqual({
        ok: false,
        reason: 'The signature does not match the body.',
      })
      const wrongSecret = await signBody(body, 'other secret', encoding)
      expect((await verifyBodySignature(bytes(body), wrongSecret, 'secret', encoding)).ok).toBe(false)
      expect(await verifyBodySignature(bytes(body), null, 'secret', encoding)).toEqual({
        ok: false,
        reason: 'The signature header is missing.',
      })
    })
  }

  it('takes each encoding only where it was sent: hex is not base64, and a short digest is refused', async () => {
    const hex = await signBody(body, 'secret', 'hex')
    expect(hex).toMatch(/^[0-9a-f]{64}$/)
    expect(await verifyBodySignature(bytes(body), hex, 'secret', 'base64')).toEqual({
      ok: false,
      reason: 'The signature is not a base64 HMAC-SHA256.',
    })
    expect((await verifyBodySignature(bytes(body), hex.slice(0, 40), 'secret', 'hex')).ok).toBe(false)
    expect((await verifyBodySignature(bytes(body), 'zz', 'secret', 'hex')).ok).toBe(false)
  })

  it('matches the digests the providers document: hex for sha256=, base64 for Shopify', async () => {
    // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), a published test vector.
    const fox = 'The quick brown fox jumps over the lazy dog'
    const digest = 'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8'
    expect(await signBody(fox, 'key', 'hex')).toBe(digest)
    expect(await signBody(fox, 'key', 'base64')).toBe(Buffer.from(digest, 'hex').toString('base64'))
  })
})
