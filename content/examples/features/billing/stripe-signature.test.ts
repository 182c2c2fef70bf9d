import { describe, expect, it } from 'vitest'
import { signStripePayload, toleranceSeconds, verifyStripeSignature } from './stripe-signature'

const secret = 'whsec_test'
const now = Date.UTC(2026, 10, 29, 12, 0, 0)

describe('verifyStripeSignature', () => {
  it('accepts a body signed with the secret', async () => {
    const header = await signStripePayload('{"id":"evt_1"}', secret, now)
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    expect(await verifyStripeSignature('{"id":"evt_1"}', header, secret, now)).toEqual({ ok: true })
  })

  it('accepts any matching v1 while a secret is being rolled', async () => {
    const header = await signStripePayload('body', secret, now)
    const rolled = header.replace(',v1=', `,v1=${'0'.repeat(64)},v1=`)
    expect(await verifyStripeSignature('body', rolled, secret, now)).toEqual({ ok: true })
  })

  it('refuses a body changed by one byte, another secret, and a missing or malformed header', async () => {
    const header = await signStripePayload('{"amount":100}', secret, now)
    expect(await verifyStripeSignature('{"amount":101}', header, secret, now)).toMatchObject({ ok: false })
    expect(await verifyStripeSignature('{"amount":100}', header, 'whsec_other', now)).toMatchObject({
      ok: false,
    })
    expect(await verifyStripeSignature('x', null, secret, now)).toEqual({
      ok: false,
      reason: 'Missing Stripe-Signature header.',
    })
    for (const malformed of ['v1=abc', 't=abc,v1=00', 't=1', 'garbage']) {
      expect(await verifyStripeSignature('x', malformed, secret, now)).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/Malformed|No signature/),
      })
    }
  })

  it('refuses the same event once it has been parsed and serialized again', async () => {
    // Providers send formatted JSON; JSON.stringify(await request.json()) gives other bytes.
    const sent = JSON.stringify({ id: 'evt_1', type: 'invoice.paid', amount: 1500 }, null, 2)
    const header = await signStripePayload(sent, secret, now)
    const reserialized = JSON.stringify(JSON.parse(sent))
    expect(await verifyStripeSignature(sent, header, secret, now)).toEqual({ ok: true })
    expect(await verifyStripeSignature(reserialized, header, secret, now)).toEqual({
      ok: false,
      reason: 'No signature matches the body.',
    })
  })

  it('refuses a timestamp more than five minutes away, either side', async () => {
    const stale = await signStripePayload('body', secret, now - (toleranceSeconds + 1) * 1000)
    const future = await signStripePayload('body', secret, now + (toleranceSeconds + 1) * 1000)
    const edge = await signStripePayload('body', secret, now - toleranceSeconds * 1000)
    expect(await verifyStripeSignature('body', stale, secret, now)).toMatchObject({ ok: false })
    expect(await verifyStripeSignature('body', future, secret, now)).toMatchObject({ ok: false })
    expect(await verifyStripeSignature('body', edge, secret, now)).toEqual({ ok: true })
  })
})
