/**
 * Stripe-style webhook signatures with Web Crypto, so the same code runs in Node and in a browser.
 * The header looks like `t=1700000000,v1=<hex HMAC-SHA256 of "t.body">`; more than one v1 may appear
 * while a secret is being rolled.
 */

/** How old a signed timestamp may be before the delivery counts as a replay: five minutes. */
export const toleranceSeconds = 300

export type SignatureCheck = { ok: true } | { ok: false; reason: string }

const encoder = new TextEncoder()

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ])
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return null
  const bytes = new Uint8Array(hex.length / 2)
  for (let index = 0; index < bytes.length; index += 1) {
    bytes[index] = parseInt(hex.slice(index * 2, index * 2 + 2), 16)
  }
  return bytes
}

function bytesToHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

// #region verify
/** Check the header against the exact raw body. `now` is in milliseconds. */
export async function verifyStripeSignature(
  rawBody: string,
  header: string | null,
  secret: string,
  now = Date.now(),
): Promise<SignatureCheck> {
  if (!header) return { ok: false, reason: 'Missing Stripe-Signature header.' }
  const parts = header.split(',').map((part) => part.trim().split('='))
  const timestamp = Number(parts.find(([name]) => name === 't')?.[1])
  const signatures = parts.filter(([name]) => name === 'v1').map(([, value]) => hexToBytes(value ?? ''))
  if (!Number.isInteger(timestamp) || signatures.length === 0) {
    return { ok: false, reason: 'Malformed Stripe-Signature header: expected t=...,v1=...' }
  }
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) {
    return { ok: false, reason: `Timestamp is more than ${toleranceSeconds} seconds away from now.` }
  }
  const key = await hmacKey(secret, 'verify')
  const signed = encoder.encode(`${timestamp}.${rawBody}`)
  for (const signature of signatures) {
    // subtle.verify compares in constant time, so the response time leaks nothing about the secret.
    if (signature && (await crypto.subtle.verify('HMAC', key, signature, signed))) return { ok: true }
  }
  return { ok: false, reason: 'No signature matches the body.' }
}
// #endregion verify

/** Build a valid header for a body, as Stripe would: used by the tests and the Run panel. */
export async function signStripePayload(rawBody: string, secret: string, now = Date.now()): Promise<string> {
  const timestamp = Math.floor(now / 1000)
  const key = await hmacKey(secret, 'sign')
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}.${rawBody}`))
  return `t=${timestamp},v1=${bytesToHex(mac)}`
}
