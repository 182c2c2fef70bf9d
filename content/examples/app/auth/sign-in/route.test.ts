import { describe, expect, it } from 'vitest'
import { decodePendingSignIn } from '@/features/sign-in/pending-sign-in'
import { codeChallenge } from '@/features/sign-in/pkce'
import { buildRequest } from '@/runtime/route-call'
import { cookiesSetBy } from '@/tests/identity-provider'
import { GET } from './route'

describe('GET /auth/sign-in', () => {
  it('sends the browser to the provider with state and an S256 challenge it keeps the verifier of', async () => {
    const response = await GET(buildRequest({ method: 'GET', url: '/auth/sign-in?returnTo=/members' }))
    expect(response.status).toBe(303)
    const authorize = new URL(response.headers.get('location')!)
    expect(authorize.pathname).toBe('/fake-identity/authorize')
    expect(authorize.searchParams.get('redirect_uri')).toBe('https://projects.example.com/auth/callback')
    const pending = decodePendingSignIn(cookiesSetBy(response)['sign-in'])!
    expect(authorize.searchParams.get('state')).toBe(pending.state)
    expect(authorize.searchParams.get('code_challenge')).toBe(await codeChallenge(pending.verifier))
    expect(authorize.search).not.toContain(pending.verifier)
    expect(pending.returnTo).toBe('/members')
    const cookie = response.headers.getSetCookie()[0]!
    expect(cookie).toMatch(/; Path=\/auth; .*HttpOnly/)
    expect(cookie).toContain('Max-Age=600')
    expect(cookie).toContain('SameSite=lax')
  })

  it('remembers a return address outside the site as the default page', async () => {
    const response = await GET(
      buildRequest({ method: 'GET', url: '/auth/sign-in?returnTo=//evil.example/x' }),
    )
    expect(decodePendingSignIn(cookiesSetBy(response)['sign-in'])?.returnTo).toBe('/members')
  })
})
