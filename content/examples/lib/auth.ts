import { cookies } from 'next/headers'
import { db, type ApiToken, type User } from './db'
import { sessionCookie, userFromSession } from './session'

export { sessionCookie, userFromSession }

/** The signed-in user of a browser request, from the session cookie; null when there is none. */
export async function getSessionUser(): Promise<User | null> {
  return userFromSession((await cookies()).get(sessionCookie)?.value)
}

export type TokenCaller = { user: User; client: ApiToken['client'] }

/**
 * The caller of a request from another client (mobile app, browser extension), from an
 * `Authorization: Bearer <token>` header. Null when the header is missing, malformed, unknown or
 * issued to a different client.
 */
export function getTokenCaller(request: Request, client: ApiToken['client']): TokenCaller | null {
  return callerFromAuthorization(request.headers.get('authorization'), client)
}

/** The same check on an Authorization header's value, for handlers without a Web Request (pages/api). */
export function callerFromAuthorization(
  authorization: string | null | undefined,
  client: ApiToken['client'],
): TokenCaller | null {
  const match = /^Bearer ([\w-]+)$/.exec(authorization ?? '')
  const token = match ? db().tokens.find((entry) => entry.token === match[1]) : undefined
  if (!token || token.client !== client) return null
  const user = db().users.find((entry) => entry.id === token.userId)
  return user ? { user, client } : null
}
