import { z } from 'zod'

/**
 * Short-lived tokens that let one signed-in reader join one realtime channel. The Next.js app signs
 * them (app/api/realtime/token/route.ts); the realtime server, a separate process, verifies them
 * (realtime-server/handshake.ts) with the same secret. HMAC-SHA256 through Web Crypto, so the same
 * module runs in Node, in an edge runtime and in a browser.
 */

/** A token only has to survive the moment between fetching it and opening the socket. */
export const tokenLifetimeSeconds = 60

/** The secret the examples use when REALTIME_TOKEN_SECRET is not set. A real app refuses to start. */
export const exampleRealtimeSecret = 'rt_example_next_boundaries'

export function realtimeSecret(): string {
  return process.env.REALTIME_TOKEN_SECRET ?? exampleRealtimeSecret
}

/** A channel is one project's room: `project:p_engine`. */
export const channelSchema = z
  .string()
  .regex(/^project:p_[a-z0-9_]+$/, 'Name a channel like project:p_engine')

/** Who may join which channel until when (`exp` in seconds since 1970, as in a JWT). */
const claimsSchema = z.object({ sub: z.string().min(1), channel: channelSchema, exp: z.number().int() })
export type ChannelClaims = z.infer<typeof claimsSchema>

export type TokenCheck = { ok: true; claims: ChannelClaims } | { ok: false; reason: string }

const encoder = new TextEncoder()

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ])
}

function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[\w-]+$/.test(text)) return null
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'))
    return Uint8Array.from(binary, (char) => char.charCodeAt(0))
  } catch {
    return null
  }
}

function parseClaims(payload: string): unknown {
  const bytes = fromBase64Url(payload)
  try {
    return bytes && JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    return null
  }
}

// #region sign
/** A token for `userId` to join `channel`, valid for tokenLifetimeSeconds from `now` (ms). */
export async function signChannelToken(
  userId: string,
  channel: string,
  secret: string,
  now = Date.now(),
): Promise<{ token: string; expiresAt: number }> {
  const claims: ChannelClaims = {
    sub: userId,
    channel,
    exp: Math.floor(now / 1000) + tokenLifetimeSeconds,
  }
  const payload = toBase64Url(encoder.encode(JSON.stringify(claims)))
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), encoder.encode(payload))
  return { token: `${payload}.${toBase64Url(new Uint8Array(mac))}`, expiresAt: claims.exp * 1000 }
}
// #endregion sign

// #region verify
/** The claims of a token this secret signed and that has not expired at `now` (ms). */
export async function verifyChannelToken(
  token: string,
  secret: string,
  now = Date.now(),
): Promise<TokenCheck> {
  const [payload, mac, extra] = token.split('.')
  const signature = mac === undefined ? null : fromBase64Url(mac)
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'Malformed token.' }
  // subtle.verify compares in constant time: the answer time leaks nothing about the secret.
  const key = await hmacKey(secret, 'verify')
  if (!(await crypto.subtle.verify('HMAC', key, signature, encoder.encode(payload))))
    return { ok: false, reason: 'The signature does not match.' }
  const claims = claimsSchema.safeParse(parseClaims(payload))
  if (!claims.success) return { ok: false, reason: 'Malformed token.' }
  if (claims.data.exp * 1000 <= now) return { ok: false, reason: 'The token has expired.' }
  return { ok: true, claims: claims.data }
}
// #endregion verify
