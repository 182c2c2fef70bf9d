import { base64ToBytes, bytesToBase64 } from './encoding'

/**
 * The Standard Webhooks scheme (also sent with `svix-` instead of `webhook-` in the header names):
 * `webhook-signature` holds space-separated `v1,<base64 HMAC-SHA256>` entries over
 * `<webhook-id>.<webhook-timestamp>.<body>`, keyed with the bytes of the base64 after `whsec_`.
 */

/** How far the signed timestamp may be from now before the delivery is refused: five minutes. */
export const toleranceSeconds = 300

export type StandardWebhookCheck = { ok: true; id: string } | { ok: false; reason: string }

const encoder = new TextEncoder()

/** The HMAC key a `whsec_<base64>` secret stands for: the decoded bytes, not the text. */
function signingKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  const bytes = secret.startsWith('whsec_') ? base64ToBytes(secret.slice('whsec_'.length)) : null
  if (!bytes) throw new Error('The signing secret must look like whsec_<base64>.')
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, [usage])
}

function signedContent(id: string, timestamp: string, rawBody: Uint8Array): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${id}.${timestamp}.`)
  const content = new Uint8Array(prefix.length + rawBody.length)
  content.set(prefix)
  content.set(rawBody, prefix.length)
  return content
}

// #region verify
/** Check the three headers against the exact bytes received. `now` is in milliseconds. */
export async function verifyStandardWebhook(
  rawBody: Uint8Array,
  headers: Headers,
  secret: string,
  now = Date.now(),
): Promise<StandardWebhookCheck> {
  const header = (name: string) => headers.get(`webhook-${name}`) ?? headers.get(`svix-${name}`)
  const [id, timestamp, signatures] = [header('id'), header('timestamp'), header('signature')]
  if (!id || !timestamp || !signatures) {
    return { ok: false, reason: 'Missing webhook-id, webhook-timestamp or webhook-signature.' }
  }
  if (!/^\d+$/.test(timestamp)) return { ok: false, reason: 'webhook-timestamp is not a number.' }
  if (Math.abs(now / 1000 - Number(timestamp)) > toleranceSeconds) {
    return { ok: false, reason: `webhook-timestamp is more than ${toleranceSeconds} seconds from now.` }
  }
  const key = await signingKey(secret, 'verify')
  const content = signedContent(id, timestamp, rawBody)
  // One entry per secret while the provider rolls it; entries of other versions (v1a) are skipped.
  for (const entry of signatures.split(' ')) {
    const [version, value = ''] = entry.split(',')
    const signature = version === 'v1' ? base64ToBytes(value) : null
    // subtle.verify compares in constant time.
    if (signature && (await crypto.subtle.verify('HMAC', key, signature, content))) return { ok: true, id }
  }
  return { ok: false, reason: 'No v1 signature matches the body.' }
}
// #endregion verify

/** The headers a provider would send for a body: used by the tests. */
export async function signStandardWebhook(
  rawBody: string,
  secret: string,
  { id, now = Date.now(), prefix = 'webhook' }: { id: string; now?: number; prefix?: 'webhook' | 'svix' },
): Promise<Record<string, string>> {
  const timestamp = String(Math.floor(now / 1000))
  const content = signedContent(id, timestamp, encoder.encode(rawBody))
  const mac = await crypto.subtle.sign('HMAC', await signingKey(secret, 'sign'), content)
  return {
    [`${prefix}-id`]: id,
    [`${prefix}-timestamp`]: timestamp,
    [`${prefix}-signature`]: `v1,${bytesToBase64(mac)}`,
  }
}
