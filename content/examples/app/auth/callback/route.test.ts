import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { userFromSession } from '@/lib/session'
import { setRequestCookies } from '@/runtime/recorder'
import { buildRequest } from '@/runtime/route-call'
import { cookiesSetBy, routeProviderCalls, startSignIn } from '@/tests/identity-provider'
import { GET } from './route'

beforeEach(() => {
  resetDb()
  routeProviderCalls()
})
afterEach(() => vi.unstubAllGlobals())

const callback = (url: URL | string) => GET(buildRequest({ method: 'GET', url: String(url) }))

describe('GET /auth/callback', () => {
  it('signs the user in: the session cookie is set on the redirect to the page they asked for', async () => {
    const { pending, callback: back } = await startSignIn('grace@example.com', '/members/roles')
    setRequestCookies({ 'sign-in': pending })
    const response = await callback(back)
    expect(response.status).toBe(303)
    expect(new URL(response.headers.get('location')!).pathname).toBe('/members/roles')
    const session = response.headers.getSetCookie().find((line) => line.startsWith('session='))!
    const attributes = session.split('; ').slice(1)
    expect(attributes.filter((part) => !part.startsWith('Expires=')).sort()).toEqual(
      ['HttpOnly', 'Max-Age=604800', 'Path=/', 'SameSite=lax', 'Secure'].sort(),
    )
    expect(userFromSession(cookiesSetBy(response).session)?.name).toBe('Grace Hopper')
    // The pending sign-in is cleared on the same response.
    expect(response.headers.getSetCookie()).toContainEqual(expect.stringMatching(/^sign-in=;.*Max-Age=0/))
  })

  it('refuses a state that differs from the one this browser started, without a session', async () => {
    const { pending, callback: back } = await startSignIn('ada@example.com')
    setRequestCookies({ 'sign-in': pending })
    back.searchParams.set('state', 'forged-state')
    const response = await callback(back)
    expect(response.status).toBe(400)
    expect(await response.text()).toBe(
      'The sign-in state does not match the one this browser started. Sign in again.',
    )
    expect(response.headers.getSetCookie()).toEqual([])
  })

  it('refuses a callback this browser never started', async () => {
    const { callback: back } = await startSignIn('ada@example.com')
    setRequestCookies({})
    const response = await callback(back)
    expect(response.status).toBe(400)
    expect(await response.text()).toBe(
      'No sign-in was started in this browser, or it expired. Sign in again.',
    )
  })

  it('refuses a code used once already', async () => {
    const { pending, callback: back } = await startSignIn('ada@example.com')
    setRequestCookies({ 'sign-in': pending })
    expect((await callback(back)).status).toBe(303)
    const sessions = Object.keys(db().sessions).length
    const replay = await callback(back)
    expect(replay.status).toBe(400)
    expect(await replay.text()).toBe(
      'The identity provider did not accept the code (invalid_grant). Sign in again.',
    )
    expect(Object.keys(db().sessions)).toHaveLength(sessions)
  })

  it('lands on the default page when the return address leaves the site', async () => {
    const { pending, callback: back } = await startSignIn('ada@example.com', 'https://evil.example/')
    setRequestCookies({ 'sign-in': pending })
    const response = await callback(back)
    expect(new URL(response.headers.get('location')!).pathname).toBe('/members')
  })

  it('passes on a refusal from the provider', async () => {
    setRequestCookies({})
    const response = await callback('/auth/callback?error=access_denied&state=x')
    expect(response.status).toBe(400)
    expect(await response.text()).toBe('The identity provider refused: access_denied.')
  })
})
