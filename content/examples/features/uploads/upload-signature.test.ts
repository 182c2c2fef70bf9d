import { describe, expect, it } from 'vitest'
import { signUpload, verifyUpload } from './upload-signature'

const secret = 'test-secret'
const grant = { key: 'videos/u_ada/v_1.mp4', size: 1000, type: 'video/mp4', expires: 2_000_000_000 }
const before = (grantExpires: number) => (grantExpires - 60) * 1000

describe('presigned upload signatures', () => {
  it('accept the exact key, size and type they were signed for, until they expire', async () => {
    const signature = await signUpload(grant, secret)
    expect(await verifyUpload(grant, signature, secret, before(grant.expires))).toEqual({ ok: true })
    expect(await verifyUpload(grant, signature, secret, (grant.expires + 1) * 1000)).toEqual({
      ok: false,
      code: 'AccessDenied',
      message: 'Request has expired.',
    })
  })

  it('refuse another key, size, type or expiry, another secret, and a malformed signature', async () => {
    const signature = await signUpload(grant, secret)
    const now = before(grant.expires)
    const changed = [
      { ...grant, key: 'videos/u_grace/v_1.mp4' },
      { ...grant, size: 1001 },
      { ...grant, type: 'text/html' },
      { ...grant, expires: grant.expires + 3600 },
    ]
    for (const other of changed) {
      expect(await verifyUpload(other, signature, secret, now)).toMatchObject({
        code: 'SignatureDoesNotMatch',
      })
    }
    expect(await verifyUpload(grant, signature, 'other-secret', now)).toMatchObject({ ok: false })
    expect(await verifyUpload(grant, signature.slice(2), secret, now)).toMatchObject({ ok: false })
    expect(await verifyUpload(grant, 'zz'.repeat(32), secret, now)).toMatchObject({ ok: false })
  })
})
