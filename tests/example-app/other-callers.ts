import type { BrowserContext, Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { exampleCronSecret } from '../../content/examples/lib/cron-secret'
import { extensionOrigin } from '../../content/examples/lib/cors'
import { otherCallersRecipes, preflightBlocked, readBlocked } from '../../content/recipes/other-callers'
import { fillMessage as filled, messagePattern as pattern } from '../../lib/messages/message-template'
import { PageProblems } from '../harness/page-problems'
import type { ExampleAppContext } from './recipe-checks'

/** The messages a recipe's traps quote, so a check compares the very text the page shows. */
function quotedMessages(slug: string): string[] {
  const recipe = otherCallersRecipes.find((candidate) => candidate.slug === slug)
  if (!recipe) throw new Error(`No recipe "${slug}" in content/recipes/other-callers.ts`)
  return recipe.traps.flatMap((trap) => (trap.message ? [trap.message] : []))
}

const ada = { cookie: 'session=session-ada' }
const mobile = { authorization: 'Bearer mobile-token-ada' }
const extension = { authorization: 'Bearer extension-token-grace', origin: extensionOrigin }
const json = { 'content-type': 'application/json' }

/** Console errors a page logs, as Chromium prints them. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return errors
}

/** The recipes of content/recipes/other-callers.ts under `next start`. */
export function otherCallersChecks(app: ExampleAppContext): void {
  const post = (path: string, headers: Record<string, string>, body: string) =>
    app.request(path, { method: 'POST', headers: { ...json, ...headers }, body })
  // The same server under another host name: a page there is on another origin, on the same machine.
  const otherSite = () => app.url().replace('127.0.0.1', 'other-site.localhost')
  const signedInContext = async (options: { acceptDownloads?: boolean } = {}): Promise<BrowserContext> => {
    const context = await app.browser().newContext(options)
    await context.addCookies([{ name: 'session', value: 'session-ada', url: app.url() }])
    return context
  }

  it('pages/api answers a method it does not handle with 405 and Allow itself', async () => {
    const remove = await app.request('/api/v1/projects', { method: 'DELETE', headers: mobile })
    expect(remove.status).toBe(405)
    expect(remove.headers.get('allow')).toBe('GET, POST')
    expect(await remove.json()).toMatchObject({ error: 'method_not_allowed' })
  })

  it('pages/api/v1/projects refuses a cross-site form sent with the session cookie, and creates nothing', async () => {
    const count = async () =>
      (await (await app.request('/api/v1/projects', { headers: ada })).json()).projects.length as number
    const before = await count()
    const form = { ...ada, 'content-type': 'application/x-www-form-urlencoded' }
    const crossSite = await app.request('/api/v1/projects', {
      method: 'POST',
      headers: { ...form, origin: 'https://evil.example' },
      body: 'name=Pwned',
    })
    expect(crossSite.status).toBe(403)
    const { message } = await crossSite.json()
    const quoted = quotedMessages('pages-api-endpoint').find((text) => text.startsWith('Origin '))!
    expect(message).toBe(filled(quoted, { origin: 'https://evil.example', host: new URL(app.url()).host }))
    // Its own pages may post, but only JSON: a form from anywhere gets 415.
    const ownForm = await app.request('/api/v1/projects', {
      method: 'POST',
      headers: { ...form, origin: app.url() },
      body: 'name=Pwned',
    })
    expect(ownForm.status).toBe(415)
    expect(await count()).toBe(before)
  })

  it('the mobile endpoint answers 201 with Location, 401 with WWW-Authenticate to another client’s token, 422 per field', async () => {
    const created = await post(
      '/api/mobile/places',
      mobile,
      JSON.stringify({ name: 'Kew', lat: 51.48, lng: -0.29 }),
    )
    expect(created.status).toBe(201)
    const place = await created.json()
    expect(place).toMatchObject({ name: 'Kew', ownerId: 'u_ada' })
    expect(created.headers.get('location')).toBe(`/api/mobile/places/${place.id}`)

    const otherClient = await post(
      '/api/mobile/places',
      extension,
      JSON.stringify({ name: 'Kew', lat: 1, lng: 1 }),
    )
    expect(otherClient.status).toBe(401)
    expect(otherClient.headers.get('www-authenticate')).toBe('Bearer')

    const invalid = await post(
      '/api/mobile/places',
      mobile,
      JSON.stringify({ name: ' ', lat: 91, lng: 'east' }),
    )
    expect(invalid.status).toBe(422)
    expect(Object.keys((await invalid.json()).fields).sort()).toEqual(['lat', 'lng', 'name'])
  })

  it('the extension routes answer their preflight for the extension only, and send CORS headers with errors', async () => {
    const preflight = await app.request('/api/extension/account', {
      method: 'OPTIONS',
      headers: { origin: extensionOrigin },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, OPTIONS')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type')

    // An unpacked build of the extension has another id, so another origin.
    const development = 'chrome-extension://anotherunpackedextensionidaaaaaa'
    const refused = await app.request('/api/extension/audits', {
      method: 'OPTIONS',
      headers: { origin: development },
    })
    expect(refused.status).toBe(403)
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
    const quoted = quotedMessages('browser-extension-endpoint').find((text) => text.startsWith('Origin '))!
    expect((await refused.json()).message).toBe(filled(quoted, { origin: development }))

    const noToken = await post('/api/extension/audits', { origin: extensionOrigin }, '{}')
    expect(noToken.status).toBe(401)
    expect(noToken.headers.get('access-control-allow-origin')).toBe(extensionOrigin)
    const invalid = await post(
      '/api/extension/audits',
      extension,
      JSON.stringify({ url: 'ftp://x', score: 101 }),
    )
    expect(invalid.status).toBe(422)
    expect(invalid.headers.get('access-control-allow-origin')).toBe(extensionOrigin)

    const account = await app.request('/api/extension/account', { headers: extension })
    expect(account.headers.get('cache-control')).toBe('private, no-store')

    // A route.ts without OPTIONS: Next.js answers the preflight itself, with no CORS headers.
    const automatic = await app.request('/api/mobile/places', {
      method: 'OPTIONS',
      headers: { origin: extensionOrigin, 'access-control-request-method': 'POST' },
    })
    expect(automatic.status).toBe(204)
    expect(automatic.headers.get('allow')).toBe('OPTIONS, POST')
    expect(automatic.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('in Chromium, a page on another origin reads the public API, and is refused where CORS says no', async () => {
    const context = await app.browser().newContext()
    const page = await context.newPage()
    const errors = consoleErrors(page)
    await page.goto(`${otherSite()}/api/hello?name=other-site`)
    const base = app.url()
    const outcomes = await page.evaluate(async (base) => {
      const attempt = async (path: string, init?: RequestInit) => {
        try {
          const response = await fetch(`${base}${path}`, init)
          return { status: response.status, body: await response.json() }
        } catch (error) {
          return { error: String(error) }
        }
      }
      const token = (value: string) => ({
        method: 'POST',
        headers: { authorization: `Bearer ${value}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'From another site', lat: 1, lng: 1 }),
      })
      return {
        products: await attempt('/api/public/products'),
        feed: await attempt('/feed.xml'),
        mobile: await attempt('/api/mobile/places', token('mobile-token-ada')),
        extension: await attempt('/api/extension/audits', token('extension-token-grace')),
      }
    }, base)
    expect(outcomes.products).toMatchObject({ status: 200 })
    const products = (outcomes.products as { body: { products: Array<Record<string, unknown>> } }).body
      .products
    expect(products.map((product) => Object.keys(product).sort())).toEqual([
      ['id', 'name', 'price'],
      ['id', 'name', 'price'],
    ])

    // The browser's own words, as the recipes quote them.
    const failed = 'TypeError: Failed to fetch'
    expect(quotedMessages('browser-extension-endpoint')).toContain(failed)
    expect(quotedMessages('browser-extension-endpoint')).toContain(preflightBlocked)
    expect(quotedMessages('public-api')).toContain(readBlocked)
    for (const refused of [outcomes.feed, outcomes.mobile, outcomes.extension])
      expect(refused).toEqual({ error: failed })
    const origin = otherSite()
    const expected = [
      filled(readBlocked, { url: `${base}/feed.xml`, origin }),
      filled(preflightBlocked, { url: `${base}/api/mobile/places`, origin }),
      filled(preflightBlocked, { url: `${base}/api/extension/audits`, origin }),
    ]
    await expect.poll(() => expected.filter((line) => !errors.includes(line))).toEqual([])
    await context.close()
  })

  it('the dashboard’s CSV link downloads projects.csv in Chromium: byte order mark first, only Ada’s rows', async () => {
    const context = await signedInContext({ acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${app.url()}/dashboard/projects`)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('projects.csv')
    const chunks: Buffer[] = []
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
    const file = Buffer.concat(chunks)
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = file.subarray(3).toString('utf8').trimEnd().split('\r\n')
    expect(rows[0]).toBe('id,name,status,updated_at')
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(
      expect.arrayContaining(['p_engine', 'p_notes']),
    )
    await context.close()

    // The owner comes from the session: a query string naming another user changes nothing.
    const asked = await (await app.request('/api/export/projects?owner=u_grace', { headers: ada })).text()
    expect(asked).toContain('p_engine')
    expect(asked).not.toMatch(/p_compiler|p_cobol/)
  })

  it('the feed stays XML Chromium can parse when an active project’s name holds markup and a control character', async () => {
    const name = 'Feed check <b>&</b> "quoted"\u0008 name'
    const created = await post('/api/projects', mobile, JSON.stringify({ name }))
    expect(created.status).toBe(201)
    const { id } = await created.json()

    const context = await signedInContext()
    const page = await context.newPage()
    await page.goto(`${app.url()}/dashboard/projects`)
    const row = page.locator('li', { hasText: 'Feed check' })
    await row.getByRole('button', { name: 'Make active' }).click()
    await expect.poll(() => row.locator('[data-status]').textContent()).toBe('active')

    const feed = await page.evaluate(async () => {
      const text = await (await fetch('/feed.xml')).text()
      const document = new DOMParser().parseFromString(text, 'application/xml')
      const creators = document.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')
      return {
        error: document.querySelector('parsererror')?.textContent ?? null,
        titles: [...document.querySelectorAll('item > title')].map((title) => title.textContent),
        creators: [...creators].map((creator) => creator.textContent),
      }
    })
    expect(feed.error).toBeNull()
    expect(feed.titles).toContain('Feed check <b>&</b> "quoted" name')
    expect(feed.creators).toContain('Ada Lovelace')
    await context.close()
    // Out of the feed and the public list again, for the checks that come after.
    expect((await post(`/api/projects/${id}/archive`, mobile, '')).status).toBe(200)
  })

  it('a line break before the XML declaration gives the error the RSS recipe quotes', async () => {
    const [quoted] = quotedMessages('rss-feed')
    const feed = await (await app.request('/feed.xml')).text()
    expect(feed.startsWith('<?xml')).toBe(true)
    const context = await app.browser().newContext()
    const page = await context.newPage()
    // The app's own feed, served as XML with one line break in front of it.
    await page.route(`${app.url()}/broken-feed.xml`, (route) =>
      route.fulfill({ contentType: 'application/xml', body: `\n${feed}` }),
    )
    await page.goto(`${app.url()}/broken-feed.xml`)
    // Chromium's XML viewer: "This page contains the following errors:" and then the parser's line.
    const shown = (await page.textContent('body')) ?? ''
    const firstError = shown.replace('This page contains the following errors:', '').split('\n')[0]
    expect(firstError).toMatch(pattern(quoted!))
    await context.close()
  })

  // The code the outcomes show ("Files to create", issue 17) under next start: one block, kept last.
  it('outcome route-handler-for-scheduler: the cron GET needs the secret, answers no-store and is safe to repeat', async () => {
    const cron = (headers: Record<string, string> = {}) => app.request('/api/cron/cleanup', { headers })
    const refused = await cron({ authorization: 'Bearer guess' })
    expect(refused.status).toBe(401)
    expect(refused.headers.get('www-authenticate')).toBe('Bearer')
    expect((await cron()).status).toBe(401)
    const scheduler = { authorization: `Bearer ${exampleCronSecret}` }
    const first = await cron(scheduler)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('no-store')
    expect(await first.json()).toEqual({ removed: 1 })
    expect(await (await cron(scheduler)).json()).toEqual({ removed: 0 })
    // Only GET is exported: a scheduler set to POST gets Next.js's own 405.
    const post = await app.request('/api/cron/cleanup', { method: 'POST', headers: scheduler })
    expect(post.status).toBe(405)
  })

  it('outcomes pages-data-read and api-route-for-our-interface: getServerSideProps sends only what the page shows; pages/api/settings refuses what it must', async () => {
    const grace = { cookie: 'session=session-grace' }
    const page = await app.request('/my-projects', { headers: grace })
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toMatch(/^private, .*no-store/)
    const html = (await page.text()).replaceAll('<!-- -->', '')
    const name = /Signed in as ([^<]+)</.exec(html)?.[1]
    expect(name).toBeTruthy()
    expect(html).toContain('A-0 Compiler')
    expect(html).not.toContain('Analytical Engine')
    // The props travel in the HTML: no owner ids or timestamps, only the fields on the page.
    const props = JSON.parse(/<script id="__NEXT_DATA__"[^>]*>(.*?)<\/script>/s.exec(html)![1]!).props
    expect(Object.keys(props.pageProps.projects[0]).sort()).toEqual(['id', 'name', 'status'])
    expect(await (await app.request('/my-projects')).text()).toContain('Sign in to see your projects.')

    const settings = (headers: Record<string, string>, body: string) =>
      app.request('/api/settings', { method: 'POST', headers: { ...grace, ...headers }, body })
    const sameSiteJson = { 'content-type': 'application/json', origin: app.url() }
    // Saved as it is, so the checks that read Grace's profile see no change.
    const profile = { name, email: 'grace@example.com' }
    const saved = await settings(sameSiteJson, JSON.stringify(profile))
    expect(saved.status).toBe(200)
    expect(await saved.json()).toEqual({ message: 'Profile saved.', profile })
    const invalid = await settings(sameSiteJson, JSON.stringify({ name: '', email: 'x' }))
    expect(invalid.status).toBe(422)
    expect((await invalid.json()).fields).toEqual({
      name: 'Enter your name',
      email: 'Enter an email address like name@example.com',
    })
    const crossSite = { 'content-type': 'application/json', origin: 'https://evil.example' }
    expect(
      (await settings(crossSite, JSON.stringify({ name: 'Pwned', email: 'p@evil.example' }))).status,
    ).toBe(403)
    // Next.js's body parser would read this form into an object: the route refuses it first.
    const form = { 'content-type': 'application/x-www-form-urlencoded', origin: app.url() }
    expect((await settings(form, 'name=Pwned&email=p%40evil.example')).status).toBe(415)
    const anonymous = await app.request('/api/settings', {
      method: 'POST',
      headers: sameSiteJson,
      body: JSON.stringify(profile),
    })
    expect(anonymous.status).toBe(401)
    const get = await app.request('/api/settings', { headers: grace })
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
    expect(await (await app.request('/my-projects', { headers: grace })).text()).toContain(name!)
  })

  it('outcomes api-route-for-browser-fetch and api-route-for-custom-response: pages/api suggestions and a CSV beside the Route Handlers', async () => {
    const found = await app.request('/api/v1/search?q=engine')
    expect(found.headers.get('cache-control')).toBe('private, max-age=30')
    expect(found.headers.get('access-control-allow-origin')).toBeNull()
    // Other checks may have added projects by now: the seeded one is among the suggestions.
    expect((await found.json()).suggestions).toContainEqual({ id: 'p_engine', name: 'Analytical Engine' })
    const short = await app.request('/api/v1/search?q=e')
    expect(short.status).toBe(400)
    expect(await short.json()).toEqual({ error: 'invalid_query', message: 'Type at least two characters.' })
    const post = await app.request('/api/v1/search?q=engine', { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET')

    const csv = await app.request('/api/v1/export/projects', { headers: { cookie: 'session=session-ada' } })
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="projects.csv"')
    expect(csv.headers.get('cache-control')).toBe('private, no-store')
    // Read as bytes: a decoded body would drop the byte order mark the file starts with.
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes.slice(3)).split('\r\n')[0]).toBe('id,name,status,updated_at')
    expect((await app.request('/api/v1/export/projects')).status).toBe(401)
  })

  it('outcome api-route-for-browser-fetch: the Pages Router search box debounces its requests and shows the answer', async () => {
    const context = await app.browser().newContext()
    const page = await context.newPage()
    const problems = new PageProblems(page)
    const searches: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/search')) searches.push(request.url())
    })
    await page.goto(`${app.url()}/find-projects`)
    const box = page.getByRole('searchbox', { name: 'Search projects' })
    // Typing counts once React has hydrated the input and attached its handlers.
    await expect
      .poll(() => box.evaluate((input) => Object.keys(input).some((key) => key.startsWith('__reactProps'))))
      .toBe(true)
    await box.pressSequentially('engine')
    await expect
      .poll(() => page.getByRole('list', { name: 'Suggestions' }).textContent())
      .toContain('Analytical Engine')
    // Five of the six keystrokes make a query of two letters or more; the pause sends one of them.
    expect(searches.length).toBeLessThan(5)
    await box.fill('e')
    await expect.poll(() => page.getByRole('listitem').count()).toBe(0)
    expect(problems.found).toEqual([])
    await context.close()
  })
}
