import { vi } from 'vitest'
import { GET as authorize } from '@/app/fake-identity/authorize/route'
import { POST as token } from '@/app/fake-identity/token/route'
import { GET as userinfo } from '@/app/fake-identity/userinfo/route'
import { GET as signIn } from '@/app/auth/sign-in/route'
import { buildRequest, exampleOrigin } from '@/runtime/route-call'

/**
 * Sends the app's server-side calls to the fake identity provider's own route handlers, as they
 * travel over HTTP under `next start` (where the provider lives in the same app).
 */
export function routeProviderCalls(): void {
  vi.stubGlobal('fetch', async (input: URL | string, init: RequestInit = {}) => {
    const url = new URL(input)
    const request = new Request(url, init)
    if (url.pathname === '/fake-identity/token') return token(request)
    if (url.pathname === '/fake-identity/userinfo') return userinfo(request)
    throw new Error(`no fake for ${url.href}`)
  })
}

/** The cookie values a response sets, by name. */
export function cookiesSetBy(response: Response): Record<string, string> {
  return Object.fromEntries(
    response.headers.getSetCookie().map((line) => {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      return [pair.slice(0, at), decodeURIComponent(pair.slice(at + 1))]
    }),
  )
}

/**
 * The browser's first two hops: /auth/sign-in, then the provider's screen for `email`. Returns the
 * pending sign-in cookie and the callback URL the provider sent the browser to.
 */
export async function startSignIn(email: string, returnTo = '/members/roles') {
  const started = await signIn(
    buildRequest({ method: 'GET', url: `/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}` }),
  )
  const pending = cookiesSetBy(started)['sign-in']!
  const screen = new URL(started.headers.get('location')!)
  screen.searchParams.set('login_hint', email)
  const answered = await authorize(buildRequest({ method: 'GET', url: screen.href }))
  const callback = new URL(answered.headers.get('location')!)
  return { started, pending, callback, origin: exampleOrigin }
}
