import { NextResponse, type NextRequest } from 'next/server'
import { sessionCookie } from '@/lib/session'
import { siteOrigin } from '@/lib/site-origin'

/**
 * The proxy's first check for the members' section (proxy.ts on Next.js 16, middleware.ts on 15):
 * no session cookie at all, so send the browser to sign in before a page renders.
 *
 * It is optimistic: it only sees that a cookie is there, not whose it is or whether it is still
 * valid, and it reads no database, so it stays fast on every request. The pages, the data
 * functions and the Server Actions behind it check the session and the role themselves.
 */
export function requireSessionCookie(request: NextRequest): NextResponse {
  if (request.cookies.has(sessionCookie)) return NextResponse.next()
  const signIn = new URL('/auth/sign-in', siteOrigin(request))
  signIn.searchParams.set('returnTo', `${request.nextUrl.pathname}${request.nextUrl.search}`)
  return NextResponse.redirect(signIn)
}
