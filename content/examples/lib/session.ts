import { db, type User } from './db'

/**
 * The session cookie and the user it names, read without next/headers: a Pages Router page passes
 * the cookie from its request, since Next.js refuses next/headers in anything a pages/ page imports.
 */

export const sessionCookie = 'session'

/** The user a session cookie value belongs to; null for none or an unknown one. */
export function userFromSession(value: string | undefined): User | null {
  const userId = value ? db().sessions[value] : undefined
  return db().users.find((user) => user.id === userId) ?? null
}
