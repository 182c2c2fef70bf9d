import { db } from '@/lib/db'
import { randomToken } from './pkce'

/** The session cookie's attributes: script cannot read it, it travels over HTTPS only, for a week. */
export const sessionCookieOptions = {
  httpOnly: true,
  secure: true,
  sameSite: 'lax',
  path: '/',
  maxAge: 7 * 24 * 60 * 60,
} as const

/** A new session for the user: a random value the store maps to the user id. */
export function createSession(userId: string): string {
  const token = randomToken()
  // A real app stores a hash of the token with an expiry, so a leaked table holds no live sessions.
  db().sessions[token] = userId
  return token
}
