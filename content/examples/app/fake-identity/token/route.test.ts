import { beforeEach, describe, expect, it } from 'vitest'
import { issueCode, registeredClient } from '@/features/fake-identity/codes'
import { codeChallenge } from '@/features/sign-in/pkce'
import { resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { POST } from './route'

beforeEach(resetDb)

const redirectUri = 'https://projects.example.com/auth/callback'
const verifier = 'a-verifier-long-enough-for-the-test-0123456789'

async function redeem(fields: Record<string, string>) {
  const response = await callRoute(POST, {
    method: 'POST',
    url: '/fake-identity/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  })
  return { status: response.status, body: JSON.parse(response.body) as Record<string, unknown> }
}

async function exchange(overrides: Record<string, string> = {}) {
  const code = issueCode({ redirectUri, codeChallenge: await codeChallenge(verifier), userId: 'u_ada' })
  const fields = {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    client_id: registeredClient.id,
    client_secret: registeredClient.secret,
    code_verifier: verifier,
  }
  return { code, fields, result: await redeem({ ...fields, ...overrides }) }
}

describe('POST /fake-identity/token', () => {
  it('gives an access token for a fresh code, once', async () => {
    const { fields, result } = await exchange()
    expect(result).toMatchObject({ status: 200, body: { token_type: 'Bearer' } })
    expect(await redeem(fields)).toEqual({
      status: 400,
      body: { error: 'invalid_grant', error_description: 'The code was already used.' },
    })
  })

  it('refuses a verifier that does not match the challenge', async () => {
    const { result } = await exchange({ code_verifier: 'someone-else' })
    expect(result.body).toMatchObject({ error: 'invalid_grant' })
  })

  it('refuses a wrong client secret with 401', async () => {
    const { result } = await exchange({ client_secret: 'guess' })
    expect(result).toMatchObject({ status: 401, body: { error: 'invalid_client' } })
  })
})
