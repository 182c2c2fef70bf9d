import { NextResponse } from 'next/server'
import { authorizeEndpoint, callbackUrl, identityClient } from '@/features/sign-in/identity-provider'
import {
  encodePendingSignIn,
  pendingSignInCookie,
  pendingSignInOptions,
} from '@/features/sign-in/pending-sign-in'
import { codeChallenge, randomToken } from '@/features/sign-in/pkce'
import { safeReturnTo } from '@/features/sign-in/return-to'

// GET /auth/sign-in?returnTo=/members: sends the browser to the identity provider, and remembers in
// a short-lived HttpOnly cookie what the callback must check when the browser comes back.
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const state = randomToken()
  const verifier = randomToken()
  const authorize = authorizeEndpoint(request)
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: identityClient.id,
    redirect_uri: callbackUrl(request),
    scope: 'openid email',
    state,
    code_challenge: await codeChallenge(verifier),
    code_challenge_method: 'S256',
    ...(params.get('login_hint') ? { login_hint: params.get('login_hint')! } : {}),
  }).toString()

  const response = NextResponse.redirect(authorize, 303)
  const returnTo = safeReturnTo(params.get('returnTo'))
  response.cookies.set(
    pendingSignInCookie,
    encodePendingSignIn({ state, verifier, returnTo }),
    pendingSignInOptions,
  )
  response.headers.set('cache-control', 'no-store')
  return response
}
