/**
 * Presigned PUT URLs, in the shape S3-style storage uses: the URL names one object key and an
 * expiry, and its signature also covers the Content-Length and Content-Type the upload must send.
 * The app signs (storage.ts); the storage checks (app/fake-storage). Web Crypto: runs anywhere.
 */

/** What one upload may be: this key, this many bytes, this type, until this time (Unix seconds). */
export type UploadGrant = { key: string; size: number; type: string; expires: number }

export type UploadCheck =
  { ok: true } | { ok: false; code: 'SignatureDoesNotMatch' | 'AccessDenied'; message: string }

const encoder = new TextEncoder()

// Every part of the grant goes into the signed text, so changing any of them breaks the signature.
const canonical = ({ key, size, type, expires }: UploadGrant) =>
  ['PUT', key, `content-length:${size}`, `content-type:${type}`, `expires:${expires}`].join('\n')

const hmac = { name: 'HMAC', hash: 'SHA-256' }

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), hmac, false, [usage])
}

export async function signUpload(grant: UploadGrant, secret: string): Promise<string> {
  const mac = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret, 'sign'),
    encoder.encode(canonical(grant)),
  )
  return Array.from(new Uint8Array(mac), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * Checks a PUT against its signature, with the size and type the request really sends. `now` is in
 * milliseconds.
 */
export async function verifyUpload(
  grant: UploadGrant,
  signature: string,
  secret: string,
  now = Date.now(),
): Promise<UploadCheck> {
  const bytes = /^(?:[0-9a-f]{2}){32}$/.test(signature)
    ? Uint8Array.from(signature.match(/../g)!, (pair) => parseInt(pair, 16))
    : null
  const signed = encoder.encode(canonical(grant))
  // subtle.verify compares in constant time.
  const key = await hmacKey(secret, 'verify')
  if (!bytes || !(await crypto.subtle.verify('HMAC', key, bytes, signed))) {
    return {
      ok: false,
      code: 'SignatureDoesNotMatch',
      message: 'The signature does not match this key, size and content type.',
    }
  }
  if (now / 1000 > grant.expires) {
    return { ok: false, code: 'AccessDenied', message: 'Request has expired.' }
  }
  return { ok: true }
}
