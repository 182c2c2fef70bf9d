import { siteOrigin } from '@/lib/site-origin'

/**
 * The identity provider as this app sees it: where its endpoints are and who we are to it. The
 * example talks to the fake provider under /fake-identity/; point IDENTITY_ISSUER (ending in /) at
 * a real one and give its client id and secret.
 */

export const exampleClientSecret = 'example-client-secret-for-tests'

export const identityClient = {
  id: process.env.IDENTITY_CLIENT_ID ?? 'projects-app',
  secret: process.env.IDENTITY_CLIENT_SECRET ?? exampleClientSecret,
}

/**
 * Where the browser goes to sign in: the provider's authorize page. The fake provider lives in this
 * app, so without IDENTITY_ISSUER it is on the origin the browser already uses.
 */
export function authorizeEndpoint(request: Request): URL {
  return new URL('authorize', process.env.IDENTITY_ISSUER ?? `${siteOrigin(request)}/fake-identity/`)
}

/**
 * The endpoints this server calls itself, with the client secret. Never built from the request's
 * headers (a Host or X-Forwarded-Host the caller chose would receive the secret): IDENTITY_ISSUER,
 * else the fake provider on this server's own port.
 */
export function serverEndpoint(name: 'token' | 'userinfo'): URL {
  const fake = `http://127.0.0.1:${process.env.PORT ?? 3000}/fake-identity/`
  return new URL(name, process.env.IDENTITY_ISSUER ?? fake)
}

/** Where the provider sends the browser back: registered with the provider, exactly. */
export function callbackUrl(request: Request): string {
  return `${siteOrigin(request)}/auth/callback`
}

export type Exchange = { ok: true; accessToken: string } | { ok: false; error: string }

/** Redeems the code at the token endpoint, server to server, with the client secret and verifier. */
export async function exchangeCode(request: Request, code: string, verifier: string): Promise<Exchange> {
  const response = await fetch(serverEndpoint('token'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: callbackUrl(request),
      client_id: identityClient.id,
      client_secret: identityClient.secret,
      code_verifier: verifier,
    }),
    cache: 'no-store',
  })
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; error?: string }
  if (!response.ok || !body.access_token) return { ok: false, error: body.error ?? `HTTP ${response.status}` }
  return { ok: true, accessToken: body.access_token }
}

/** The signed-in person's email, from the provider's userinfo endpoint; null if it refuses. */
export async function fetchEmail(accessToken: string): Promise<string | null> {
  const response = await fetch(serverEndpoint('userinfo'), {
    headers: { authorization: `Bearer ${accessToken}` },
    cache: 'no-store',
  })
  if (!response.ok) return null
  const profile = (await response.json()) as { email?: unknown; email_verified?: unknown }
  return typeof profile.email === 'string' && profile.email_verified === true ? profile.email : null
}
