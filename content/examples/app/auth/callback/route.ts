import { cookies } from 'next/headers'
import { NextResponse } from 'next/server'
import { exchangeCode, fetchEmail } from '@/features/sign-in/identity-provider'
import {
  decodePendingSignIn,
  pendingSignInCookie,
  pendingSignInOptions,
} from '@/features/sign-in/pending-sign-in'
import { createSession, sessionCookieOptions } from '@/features/sign-in/sessions'
import { db } from '@/lib/db'
import { sessionCookie } from '@/lib/session'
import { siteOrigin } from '@/lib/site-origin'

function refuse(status: 400 | 403 | 502, message: string) {
  return new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
}

// GET /auth/callback?code=…&state=…: the identity provider sends the browser back here.
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  if (params.get('error')) return refuse(400, `The identity provider refused: ${params.get('error')}.`)

  // #region state
  const pending = decodePendingSignIn((await cookies()).get(pendingSignInCookie)?.value)
  if (!pending) {
    return refuse(400, 'No sign-in was started in this browser, or it expired. Sign in again.')
  }
  if (!params.get('state') || params.get('state') !== pending.state) {
    return refuse(400, 'The sign-in state does not match the one this browser started. Sign in again.')
  }
  const code = params.get('code')
  if (!code) return refuse(400, 'The identity provider sent no code.')
  // #endregion state

  // #region exchange
  const exchange = await exchangeCode(request, code, pending.verifier)
  if (!exchange.ok) {
    return refuse(400, `The identity provider did not accept the code (${exchange.error}). Sign in again.`)
  }
  const email = await fetchEmail(exchange.accessToken)
  if (!email) return refuse(502, 'The identity provider sent no verified email.')
  const user = db().users.find((candidate) => candidate.email === email)
  if (!user) return refuse(403, `No account here uses ${email}.`)
  // #endregion exchange

  // #region session
  // The cookies go on the redirect this handler returns: it is the response the browser gets.
  const response = NextResponse.redirect(new URL(pending.returnTo, siteOrigin(request)), 303)
  response.cookies.set(sessionCookie, createSession(user.id), sessionCookieOptions)
  response.cookies.set(pendingSignInCookie, '', { ...pendingSignInOptions, maxAge: 0 })
  response.headers.set('cache-control', 'no-store')
  return response
  // #endregion session
}
