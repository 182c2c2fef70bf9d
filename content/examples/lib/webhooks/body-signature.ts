import { base64ToBytes, bytesToBase64, bytesToHex, hexToBytes } from './encoding'

/**
 * An HMAC-SHA256 of the body alone, sent in one header: hex in GitHub's
 * `X-Hub-Signature-256: sha256=<hex>`, base64 in Shopify's `X-Shopify-Hmac-Sha256: <base64>`.
 * Nothing else is signed, so no timestamp limits how long a captured delivery stays valid.
 */

export type SignatureEncoding = 'hex' | 'base64'
export type SignatureCheck = { ok: true } | { ok: false; reason: string }

const encoder = new TextEncoder()

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  const algorithm = { name: 'HMAC', hash: 'SHA-256' }
  return crypto.subtle.importKey('raw', encoder.encode(secret), algorithm, false, [usage])
}

// #region verify
/** Check a signature against the exact bytes received, before anything parses them. */
export async function verifyBodySignature(
  rawBody: Uint8Array<ArrayBuffer>,
  signature: string | null,
  secret: string,
  encoding: SignatureEncoding,
): Promise<SignatureCheck> {
  if (!signature) return { ok: false, reason: 'The signature header is missing.' }
  const expected = encoding === 'hex' ? hexToBytes(signature) : base64ToBytes(signature)
  if (expected?.length !== 32) {
    return { ok: false, reason: `The signature is not a ${encoding} HMAC-SHA256.` }
  }
  // subtle.verify computes the HMAC and compares it in constant time.
  const matches = await crypto.subtle.verify('HMAC', await hmacKey(secret, 'verify'), expected, rawBody)
  return matches ? { ok: true } : { ok: false, reason: 'The signature does not match the body.' }
}
// #endregion verify

/** The signature a provider would send for a body: used by the tests. */
export async function signBody(
  rawBody: string,
  secret: string,
  encoding: SignatureEncoding,
): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), encoder.encode(rawBody))
  return encoding === 'hex' ? bytesToHex(mac) : bytesToBase64(mac)
}
