import { exampleClientSecret } from '@/features/sign-in/identity-provider'
import { codeChallenge, randomToken } from '@/features/sign-in/pkce'
import { db } from '@/lib/db'

/**
 * A stand-in for an OAuth 2 / OpenID identity provider, with the same HTTP shape as a real one
 * (authorize, token, userinfo). It knows one client, the example app, and the seeded users.
 */

export const registeredClient = {
  id: 'projects-app',
  secret: exampleClientSecret,
  redirectPath: '/auth/callback',
}

const codeLifetimeMs = 60_000

/** A code for `userId`, bound to the client's redirect URI and PKCE challenge. */
export function issueCode(input: { redirectUri: string; codeChallenge: string; userId: string }): string {
  const code = randomToken()
  db().identityCodes.push({
    code,
    clientId: registeredClient.id,
    ...input,
    expiresAt: Date.now() + codeLifetimeMs,
    used: false,
  })
  return code
}

export type Redeemed = { ok: true; accessToken: string } | { ok: false; error: string; description: string }

/** The token endpoint's rules: the right client, an unused, fresh code, the same redirect URI, PKCE. */
export async function redeemCode(form: URLSearchParams): Promise<Redeemed> {
  const refuse = (error: string, description: string): Redeemed => ({ ok: false, error, description })
  if (form.get('grant_type') !== 'authorization_code') {
    return refuse('unsupported_grant_type', 'Only authorization_code.')
  }
  if (
    form.get('client_id') !== registeredClient.id ||
    form.get('client_secret') !== registeredClient.secret
  ) {
    return refuse('invalid_client', 'Unknown client or wrong secret.')
  }
  const entry = db().identityCodes.find((candidate) => candidate.code === form.get('code'))
  if (!entry) return refuse('invalid_grant', 'Unknown code.')
  if (entry.used) return refuse('invalid_grant', 'The code was already used.')
  entry.used = true
  if (entry.expiresAt < Date.now()) return refuse('invalid_grant', 'The code expired.')
  if (form.get('redirect_uri') !== entry.redirectUri) {
    return refuse('invalid_grant', 'The redirect URI differs from the one the code was issued for.')
  }
  if ((await codeChallenge(form.get('code_verifier') ?? '')) !== entry.codeChallenge) {
    return refuse('invalid_grant', 'The code verifier does not match the challenge.')
  }
  const accessToken = randomToken()
  db().identityTokens[accessToken] = entry.userId
  return { ok: true, accessToken }
}
