import { base64Url } from './pkce'
import { safeReturnTo } from './return-to'

/**
 * What the sign-in start remembers for the callback, in a short-lived HttpOnly cookie: the
 * `state` it sent, the PKCE verifier it keeps secret, and where to go afterwards.
 */
export type PendingSignIn = { state: string; verifier: string; returnTo: string }

export const pendingSignInCookie = 'sign-in'

/**
 * Only /auth/ sees it, for ten minutes. SameSite=Lax, not Strict: the provider sends the browser
 * back with a top-level GET from its own site, and a Strict cookie would stay behind.
 */
export const pendingSignInOptions = {
  httpOnly: true,
  secure: true,
  sameSite: 'lax',
  path: '/auth',
  maxAge: 10 * 60,
} as const

export function encodePendingSignIn(pending: PendingSignIn): string {
  return base64Url(new TextEncoder().encode(JSON.stringify(pending)))
}

/** The pending sign-in in a cookie value; null when it is missing or not one we wrote. */
export function decodePendingSignIn(value: string | undefined): PendingSignIn | null {
  if (!value) return null
  try {
    const binary = atob(value.replaceAll('-', '+').replaceAll('_', '/'))
    const json = new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))
    const parsed = JSON.parse(json) as Partial<PendingSignIn>
    if (typeof parsed.state !== 'string' || typeof parsed.verifier !== 'string') return null
    return { state: parsed.state, verifier: parsed.verifier, returnTo: safeReturnTo(parsed.returnTo) }
  } catch {
    return null
  }
}
