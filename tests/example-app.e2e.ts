import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signStripePayload } from '../content/examples/features/billing/stripe-signature'
import { exampleWebhookSecret } from '../content/examples/features/billing/webhook-events'
import { extensionOrigin } from '../content/examples/lib/cors'
import { launchChromium } from '../scripts/chromium'
import {
  buildExampleApp,
  exampleAppInstalls,
  startExampleApp,
  type ExampleApp,
} from './harness/example-app-server'
import { PageProblems } from './harness/page-problems'
import { recipeCheckGroups, type ExampleAppContext } from './example-app/recipe-checks'

// The example app under the real `next build` and `next start`, on each Next.js version it is verified
// with (the current release and 15): every route over HTTP, and the settings form in Chromium with and
// without JavaScript. One version after the other, so two builds never share the two cores.
describe.each(exampleAppInstalls)('the example app on Next.js $next', (install) => {
  let app: ExampleApp
  let browser: Browser
  // Fired by afterAll, which runs even after a failed or timed-out hook: it stops the build or the
  // server such a hook left running, and whatever it would still start.
  const teardown = new AbortController()

  afterAll(async () => {
    teardown.abort(new Error(`the example app tests on Next.js ${install.next} are over`))
    await Promise.all([app?.close(), browser?.close()])
  })

  // About a minute on a quiet 2-core machine, several minutes while other builds share it.
  beforeAll(() => buildExampleApp(install, teardown.signal), 600_000)

  beforeAll(async () => {
    const launching = launchChromium()
    // A browser that arrives after afterAll (a timed-out hook, or a server that failed) would outlive the file.
    teardown.signal.addEventListener('abort', () => {
      launching.then((late) => (late === browser ? undefined : late.close())).catch(() => {})
    })
    ;[app, browser] = await Promise.all([startExampleApp(install, teardown.signal), launching])
  }, 180_000)

  const ada = { cookie: 'session=session-ada' }
  const mobile = { authorization: 'Bearer mobile-token-ada' }
  const extension = { authorization: 'Bearer extension-token-grace', origin: extensionOrigin }
  const request = (path: string, init: RequestInit = {}) => fetch(`${app.url}${path}`, init)
  const post = (path: string, headers: Record<string, string>, body: string) =>
    request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })

  describe('example app over HTTP', () => {
    it('renders the Server Component pages from the store', async () => {
      const projects = await (await request('/projects')).text()
      expect(projects).toContain('Analytical Engine')
      expect(projects).not.toContain('Notes on the Engine')
      const dashboard = (await (await request('/dashboard/projects', { headers: ada })).text()).replaceAll(
        '<!-- -->',
        '',
      )
      expect(dashboard).toContain('Signed in as Ada Lovelace')
    })

    it('verifies webhook signatures, rejects stale ones and ignores replays, in both routers', async () => {
      for (const path of ['/api/webhooks/stripe', '/api/webhooks/payments']) {
        const body = JSON.stringify({
          id: `evt_${path}`,
          type: 'invoice.paid',
          data: { object: { metadata: {} } },
        })
        const signature = await signStripePayload(body, exampleWebhookSecret)
        const delivery = () => post(path, { 'stripe-signature': signature }, body)
        expect(await (await delivery()).json()).toEqual({ received: true, ignored: true })
        expect(await (await delivery()).json()).toEqual({ received: true, duplicate: true })
        const stale = await signStripePayload(body, exampleWebhookSecret, Date.now() - 301_000)
        expect((await post(path, { 'stripe-signature': stale }, body)).status).toBe(400)
        expect((await post(path, { 'stripe-signature': 't=1,v1=00' }, body)).status).toBe(400)

        // The page's advice: an event this app does not use still gets a 2xx, or the provider retries it.
        const emptyData = JSON.stringify({ id: `evt_empty_${path}`, type: 'invoice.paid', data: {} })
        const signedEmpty = await signStripePayload(emptyData, exampleWebhookSecret)
        const acknowledged = await post(path, { 'stripe-signature': signedEmpty }, emptyData)
        expect(acknowledged.status).toBe(200)
        expect(await acknowledged.json()).toEqual({ received: true, ignored: true })
        const noType = JSON.stringify({ id: `evt_no_type_${path}` })
        const refused = await post(
          path,
          { 'stripe-signature': await signStripePayload(noType, exampleWebhookSecret) },
          noType,
        )
        expect(refused.status).toBe(400)
        expect(await refused.json()).toMatchObject({ error: 'invalid_event', field: 'type' })
      }
    })

    it('answers the methods a POST-only route.ts does not export as the Run panel says Next.js does', async () => {
      const path = '/api/webhooks/stripe'
      for (const method of ['GET', 'HEAD', 'PUT']) {
        const response = await request(path, { method })
        expect(response.status, method).toBe(405)
        expect(response.headers.get('allow'), method).toBeNull()
        expect(await response.text(), method).toBe('')
      }
      const options = await request(path, { method: 'OPTIONS' })
      expect(options.status).toBe(204)
      expect(options.headers.get('allow')).toBe('OPTIONS, POST')
      // HEAD runs GET where the file exports GET.
      const head = await request('/api/public/products', { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(head.headers.get('cache-control')).toContain('max-age=60')
    })

    it('serves the mobile app with bearer tokens: 201, 401, 422, and archives through the service', async () => {
      const place = JSON.stringify({ name: 'Bletchley Park', lat: 52, lng: -0.7 })
      expect((await post('/api/mobile/places', mobile, place)).status).toBe(201)
      expect((await post('/api/mobile/places', {}, place)).status).toBe(401)
      expect((await post('/api/mobile/places', mobile, '{"lat":"x"}')).status).toBe(422)
      const list = await (await request('/api/projects?status=active', { headers: mobile })).json()
      expect(list.projects.map((project: { id: string }) => project.id)).toEqual(['p_engine'])
      expect((await post('/api/projects', mobile, '{"name":"Loom"}')).status).toBe(201)
      expect((await post('/api/projects/p_notes/archive', mobile, '')).status).toBe(409)
      expect((await post('/api/projects/p_compiler/archive', mobile, '')).status).toBe(404)
    })

    it('answers the extension with CORS for its origin only', async () => {
      const preflight = await request('/api/extension/audits', {
        method: 'OPTIONS',
        headers: { origin: extensionOrigin },
      })
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get('access-control-allow-origin')).toBe(extensionOrigin)
      const audit = JSON.stringify({ url: 'https://example.com/', score: 90 })
      expect((await post('/api/extension/audits', extension, audit)).status).toBe(201)
      const evil = await post(
        '/api/extension/audits',
        { ...extension, origin: 'https://evil.example' },
        audit,
      )
      expect(evil.status).toBe(403)
      expect(evil.headers.get('access-control-allow-origin')).toBeNull()
      const account = await request('/api/extension/account', { headers: extension })
      expect(await account.json()).toMatchObject({ id: 'u_grace', subscription: 'active' })
    })

    it('sends custom responses: cached JSON, a CSV download, an RSS feed, search and a polling status', async () => {
      const products = await request('/api/public/products')
      expect(products.headers.get('cache-control')).toBe(
        'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
      )
      const csv = await request('/api/export/projects', { headers: ada })
      expect(csv.headers.get('content-disposition')).toBe('attachment; filename="projects.csv"')
      expect((await csv.text()).split('\r\n')[0]).toBe('id,name,status,updated_at')
      expect((await request('/api/export/projects')).status).toBe(401)
      const feed = await request('/feed.xml')
      expect(feed.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
      expect(await feed.text()).toContain('<title>A-0 Compiler</title>')
      expect((await (await request('/api/search?q=engine')).json()).suggestions).toHaveLength(1)
      expect((await request('/api/search?q=e')).status).toBe(400)
      const status = await request('/api/imports/imp_1', { headers: ada })
      expect(status.headers.get('cache-control')).toBe('no-store')
      expect((await request('/api/imports/imp_1')).status).toBe(401)
    })

    it('answers pages/api/hello and pages/api/v1/projects by method, and 405 where a Route Handler does not export a method', async () => {
      expect(await (await request('/api/hello?name=Grace')).json()).toEqual({ message: 'Hello, Grace!' })
      expect((await request('/api/hello', { method: 'DELETE' })).status).toBe(405)
      const projects = await request('/api/v1/projects', {
        headers: { authorization: 'Bearer mobile-token-ada' },
      })
      expect(projects.status).toBe(200)
      expect((await projects.json()).projects.length).toBeGreaterThan(0)
      expect((await request('/api/v1/projects')).status).toBe(401)
      expect((await request('/api/public/products', { method: 'POST' })).status).toBe(405)
    })
  })

  const context: ExampleAppContext = {
    next: install.next,
    url: () => app.url,
    browser: () => browser,
    request,
    serverOutput: () => app.output(),
  }
  for (const [group, checks] of recipeCheckGroups) describe(`recipes: ${group}`, () => checks(context))

  describe('the settings form in Chromium', () => {
    for (const javaScriptEnabled of [false, true]) {
      it(`saves the profile with JavaScript ${javaScriptEnabled ? 'on' : 'off'} and the dashboard shows it`, async () => {
        const context = await browser.newContext({ javaScriptEnabled })
        await context.addCookies([{ name: 'session', value: 'session-ada', url: app.url }])
        const page = await context.newPage()
        const problems = new PageProblems(page)
        const name = javaScriptEnabled ? 'Ada, Countess of Lovelace' : 'Ada King'
        await page.goto(`${app.url}/settings`)
        await page.getByLabel('Name').fill(name)
        await page.getByRole('button', { name: 'Save' }).click()
        await expect.poll(() => page.getByRole('status').textContent()).toBe('Profile saved.')

        await page.getByRole('link', { name: 'Dashboard' }).click()
        await page.waitForURL('**/dashboard/projects')
        await expect.poll(() => page.getByText(`Signed in as ${name}`).count()).toBe(1)
        // With JavaScript off, Chromium refuses the script requests (reported as "csp"): that is the point.
        expect(problems.found.filter((problem) => javaScriptEnabled || !problem.endsWith('(csp)'))).toEqual(
          [],
        )
        await context.close()
      })
    }
  })
})
