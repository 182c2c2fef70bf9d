import type { Request as BrowserRequest } from 'playwright-core'
import { expect, it } from 'vitest'
import { PageProblems } from '../harness/page-problems'
import type { ExampleAppContext } from './recipe-checks'

const manual = { redirect: 'manual' } as const

/** A Set-Cookie line's name, value and attributes (names lower-cased). */
function parseSetCookie(line: string) {
  const [pair = '', ...attributes] = line.split(/;\s*/)
  const at = pair.indexOf('=')
  return {
    name: pair.slice(0, at),
    value: pair.slice(at + 1),
    attributes: Object.fromEntries(
      attributes.map((attribute) => {
        const [key = '', value = ''] = attribute.split('=')
        return [key.toLowerCase(), value]
      }),
    ),
  }
}

/** The same address on localhost, the name Next.js's NextURL gives the loopback 127.0.0.1. */
const onLocalhost = (url: string) => url.replace('://127.0.0.1:', '://localhost:')

const cookieSetBy = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .map(parseSetCookie)
    .find((cookie) => cookie.name === name)

/** The sign-in recipes and the access-control recipes under `next start`. */
export function signInAndAccessChecks(app: ExampleAppContext): void {
  const pathOf = (location: string | null) => {
    const url = new URL(location ?? 'missing:', app.url())
    return `${url.pathname}${url.search}`
  }

  /** /auth/sign-in, then the provider's screen for `email`: the pending cookie and the callback. */
  async function startSignIn(email: string, returnTo: string) {
    const query = new URLSearchParams({ returnTo, login_hint: email })
    const started = await app.request(`/auth/sign-in?${query}`, manual)
    expect(started.status).toBe(303)
    const pending = cookieSetBy(started, 'sign-in')!
    const answered = await app.request(pathOf(started.headers.get('location')), manual)
    expect(answered.status).toBe(302)
    return { started, pending, callback: pathOf(answered.headers.get('location')) }
  }

  it('sign-in-callback: the round trip sets the session cookie on the redirect, and the session works', async () => {
    const { pending, callback } = await startSignIn('grace@example.com', '/members/roles')
    expect(pending.attributes).toMatchObject({ path: '/auth', 'max-age': '600', samesite: 'lax' })
    expect(Object.keys(pending.attributes)).toEqual(expect.arrayContaining(['httponly', 'secure']))
    expect(callback).toMatch(/^\/auth\/callback\?code=[\w-]+&state=[\w-]+$/)

    const back = await app.request(callback, { ...manual, headers: { cookie: `sign-in=${pending.value}` } })
    expect(back.status).toBe(303)
    expect(back.headers.get('location')).toBe(`${app.url()}/members/roles`)
    const session = cookieSetBy(back, 'session')!
    expect(session.attributes).toMatchObject({ path: '/', 'max-age': '604800', samesite: 'lax' })
    expect(Object.keys(session.attributes)).toEqual(expect.arrayContaining(['httponly', 'secure']))
    expect(cookieSetBy(back, 'sign-in')?.attributes).toMatchObject({ 'max-age': '0', path: '/auth' })

    const roles = await app.request('/members/roles', { headers: { cookie: `session=${session.value}` } })
    expect(roles.status).toBe(200)
    const html = (await roles.text()).replaceAll('<!-- -->', '')
    expect(html).toContain('Signed in as Grace Hopper')
    expect(html).toContain('ada@example.com')

    // The same code a second time: the provider refuses it, and no session is made.
    const replay = await app.request(callback, { ...manual, headers: { cookie: `sign-in=${pending.value}` } })
    expect(replay.status).toBe(400)
    expect(await replay.text()).toBe(
      'The identity provider did not accept the code (invalid_grant). Sign in again.',
    )
    expect(cookieSetBy(replay, 'session')).toBeUndefined()
  })

  it('sign-in-callback: refuses a wrong or missing state, and a callback this browser never started', async () => {
    const { pending, callback } = await startSignIn('ada@example.com', '/members')
    const forged = callback.replace(/state=[\w-]+/, 'state=forged')
    const withCookie = { ...manual, headers: { cookie: `sign-in=${pending.value}` } }
    for (const path of [forged, callback.replace(/&state=[\w-]+/, '')]) {
      const refused = await app.request(path, withCookie)
      expect(refused.status, path).toBe(400)
      expect(await refused.text()).toBe(
        'The sign-in state does not match the one this browser started. Sign in again.',
      )
      expect(refused.headers.getSetCookie()).toEqual([])
    }
    const stranger = await app.request(callback, manual)
    expect(stranger.status).toBe(400)
    expect(await stranger.text()).toBe(
      'No sign-in was started in this browser, or it expired. Sign in again.',
    )
  })

  it('sign-in-callback: a return address on another site lands on the default page instead', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const { pending, callback } = await startSignIn('ada@example.com', returnTo)
      const back = await app.request(callback, { ...manual, headers: { cookie: `sign-in=${pending.value}` } })
      expect(back.status, returnTo).toBe(303)
      expect(back.headers.get('location'), returnTo).toBe(`${app.url()}/members`)
    }
  })

  it(`access-control: the ${app.next.startsWith('15.') ? 'middleware' : 'proxy'} sends a browser without a session to sign in, for the members' section only`, async () => {
    for (const path of ['/members', '/members/roles']) {
      const response = await app.request(path, manual)
      expect(response.status, path).toBe(307)
      // On the host the browser asked for (16 sends a relative Location; 15 an absolute one, where
      // Next.js's NextURL writes the loopback 127.0.0.1 as localhost).
      const location = new URL(response.headers.get('location')!, app.url())
      expect([app.url(), onLocalhost(app.url())], path).toContain(location.origin)
      expect(`${location.pathname}${location.search}`, path).toBe(
        `/auth/sign-in?returnTo=${encodeURIComponent(path)}`,
      )
    }
    // Outside the matcher: the callback, a webhook, the public pages and static files answer as before.
    expect((await app.request('/auth/callback?code=x&state=y', manual)).status).toBe(400)
    const webhook = await app.request('/api/webhooks/stripe', { ...manual, method: 'POST', body: '{}' })
    expect(webhook.status).toBe(400)
    expect((await app.request('/projects', manual)).status).toBe(200)
    expect((await app.request('/favicon.ico', manual)).status).toBe(200)
  })

  it('access-control: past the proxy, the data functions check the session and the role themselves', async () => {
    // Any cookie gets past the optimistic check; the page's data function sends it to sign in.
    const forged = await app.request('/members', { ...manual, headers: { cookie: 'session=forged' } })
    expect(forged.status).toBe(307)
    expect(pathOf(forged.headers.get('location'))).toBe('/auth/sign-in?returnTo=%2Fmembers')

    const ada = { headers: { cookie: 'session=session-ada' } }
    const team = (await (await app.request('/members', ada)).text()).replaceAll('<!-- -->', '')
    expect(team).toContain('Grace Hopper (admin)')
    expect(team).not.toContain('grace@example.com')
    const roles = await app.request('/members/roles', ada)
    expect(roles.status).toBe(200)
    const html = await roles.text()
    expect(html).toContain('Only admins can change roles.')
    expect(html).not.toContain('grace@example.com')
  })

  it('access-control: signs in through the provider in Chromium, and the action refuses a member who replays its POST', async () => {
    // On localhost: the middleware of Next.js 15 redirects a loopback 127.0.0.1 there (see above),
    // and the whole round trip has to stay on one host for the cookies to come along.
    const origin = onLocalhost(app.url())
    const context = await app.browser().newContext()
    const page = await context.newPage()
    const problems = new PageProblems(page)
    await page.goto(`${origin}/members/roles`)
    await page.getByRole('link', { name: 'Continue as Grace Hopper' }).click()
    await page.waitForURL(`${origin}/members/roles`)
    await expect.poll(() => page.getByRole('heading', { name: 'Roles' }).count()).toBe(1)
    const session = (await context.cookies()).find((cookie) => cookie.name === 'session')
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' })

    // Catch the action's POST as the browser sends it, without letting it change a seeded role.
    let posted: BrowserRequest | undefined
    await page.route('**/members/roles', (route) => {
      if (route.request().method() !== 'POST') return route.continue()
      posted = route.request()
      return route.abort()
    })
    const form = page.getByRole('form', { name: 'Change the role of Ada Lovelace' })
    await expect
      .poll(() => form.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__react'))))
      .toBe(true)
    await form.getByRole('button', { name: 'Make admin' }).click()
    await expect.poll(() => posted !== undefined).toBe(true)

    // The same POST from a signed-in member, and with a cookie that names no session (which gets past
    // the proxy's optimistic check): the action checks both itself.
    const sent = await posted!.allHeaders()
    const kept = ['accept', 'content-type', 'next-action', 'next-router-state-tree']
    const replay = async (cookie: string) => {
      const headers = Object.fromEntries(kept.flatMap((name) => (sent[name] ? [[name, sent[name]]] : [])))
      const response = await app.request('/members/roles', {
        method: 'POST',
        // The Origin of the host this request goes to, as the browser would send it from there.
        headers: { ...headers, origin: app.url(), cookie },
        body: new Uint8Array(posted!.postDataBuffer() ?? []),
      })
      return response.text()
    }
    expect(await replay('session=session-ada')).toContain('Only admins can change roles.')
    expect(await replay('session=forged')).toContain('Your session has ended. Sign in again.')
    const team = await (await app.request('/members', { headers: { cookie: 'session=session-ada' } })).text()
    expect(team.replaceAll('<!-- -->', '')).toContain('Ada Lovelace (member)')
    // The only problems are the POST this test aborted, however Chromium and React report it.
    const aborted = (problem: string) =>
      problem === 'page error: Failed to fetch' ||
      (problem.includes('net::ERR_FAILED') && problem.includes('/members/roles'))
    expect(problems.found.filter((problem) => !aborted(problem))).toEqual([])
    await context.close()
  })
}
