import { request as httpRequest } from 'node:http'
import { expect, it } from 'vitest'
import { errorEntries } from '../../content/errors'
import { signStripePayload } from '../../content/examples/features/billing/stripe-signature'
import { exampleWebhookSecret } from '../../content/examples/features/billing/webhook-events'
import type { ErrorEntryInput } from '../../lib/errors/error-schema'
import { containsMessage, fillMessage } from '../../lib/messages/message-template'
import type { ExampleAppContext } from './recipe-checks'

/** The messages an error page quotes, so a check compares the very text the page shows. */
function quoted(slug: string): string[] {
  const entry: ErrorEntryInput | undefined = errorEntries.find((candidate) => candidate.slug === slug)
  if (!entry) throw new Error(`No error page "${slug}" in content/errors.ts`)
  return (entry.messages ?? []).map((message) => message.text)
}

const ada = { cookie: 'session=session-ada' }

/**
 * POSTs a form on a connection of its own, closed after the answer: Next.js answers a body over
 * the limit before reading it all, and a connection left half-read would be handed by fetch's
 * shared pool to the next check, which would then hang and fail with ECONNRESET.
 */
async function postOnItsOwnConnection(url: string, form: FormData, headers: Record<string, string>) {
  const encoded = new Request(url, { method: 'POST', body: form })
  const body = Buffer.from(await encoded.arrayBuffer())
  return new Promise<number>((resolve, reject) => {
    const sent = httpRequest(url, {
      method: 'POST',
      agent: false,
      headers: {
        ...headers,
        'content-type': encoded.headers.get('content-type')!,
        'content-length': body.length,
      },
    })
    sent.on('response', (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    // The server may close its end while the rest of the body is still on its way.
    sent.on('error', (error) => reject(error))
    sent.end(body)
  })
}
const mobile = { authorization: 'Bearer mobile-token-ada' }
const json = { 'content-type': 'application/json' }

/**
 * The errors of /errors/ that a request can trigger in the example app under `next start`, each
 * compared with the text its page quotes: from the response, the server's output or Chromium's
 * console. The app ships no broken route for this: each trap is a request a reader's mistake sends.
 */
export function errorsChecks(app: ExampleAppContext): void {
  /** What the server printed from now on, once `action` is done and the line is there. */
  async function printedDuring(action: () => Promise<void>, expected: string): Promise<string> {
    const before = app.serverOutput().length
    await action()
    await expect.poll(() => containsMessage(app.serverOutput().slice(before), expected)).toBe(true)
    return app.serverOutput().slice(before)
  }

  it('body-exceeded-limit: a 2 MB Server Action body answers 500 and the server logs the 1 MB limit', async () => {
    const [message] = quoted('body-exceeded-limit')
    // The avatar form's hidden fields: how its HTML names the action for a browser without JavaScript.
    const html = await (await app.request('/account/avatar', { headers: ada })).text()
    const form = new FormData()
    for (const input of html.match(/<input[^>]*name="\$ACTION[^>]*>/g) ?? []) {
      const attribute = (name: string) =>
        new RegExp(`\\s${name}="([^"]*)"`)
          .exec(input)?.[1]
          ?.replaceAll('&quot;', '"')
          .replaceAll('&amp;', '&') ?? ''
      form.set(attribute('name'), attribute('value'))
    }
    expect([...form.keys()].length, 'the avatar form names its action').toBeGreaterThan(0)
    form.set('avatar', new File([new Uint8Array(2 * 1024 * 1024)], 'big.png', { type: 'image/png' }))
    let status = 0
    await printedDuring(
      async () => {
        status = await postOnItsOwnConnection(`${app.url()}/account/avatar`, form, ada)
      },
      fillMessage(message!, { limit: '1 MB' }),
    )
    expect(status).toBe(500)
  })

  it('failed-to-find-server-action: a made-up Next-Action id gets 409 (16) or 404 (15) and the logged line', async () => {
    const [message] = quoted('failed-to-find-server-action')
    const id = `7f${'0'.repeat(40)}`
    let response: Response | undefined
    await printedDuring(
      async () => {
        response = await app.request('/settings', {
          method: 'POST',
          headers: { ...ada, 'next-action': id, 'content-type': 'text/plain;charset=UTF-8' },
          body: '[]',
        })
      },
      fillMessage(message!, { id: ` "${id}"` }),
    )
    expect(response!.status).toBe(app.next.startsWith('15.') ? 404 : 409)
  })

  it('route-handler-405: POST to a GET-only route answers 405, an empty body and no Allow header', async () => {
    const [message] = quoted('route-handler-405')
    const response = await app.request('/api/public/products', { method: 'POST', headers: json, body: '{}' })
    expect(`${response.status} ${response.statusText}`).toBe(message)
    expect(response.headers.get('allow')).toBeNull()
    expect(await response.text()).toBe('')
    // Only OPTIONS says what the file exports.
    const options = await app.request('/api/public/products', { method: 'OPTIONS' })
    expect(options.status).toBe(204)
    expect(options.headers.get('allow')?.split(', ').sort()).toEqual(['GET', 'HEAD', 'OPTIONS'])
  })

  it('webhook-signature-never-matches: the event serialised again fails the check the raw text passes', async () => {
    const [message] = quoted('webhook-signature-never-matches')
    const event = { id: 'evt_errors_page', type: 'invoice.paid', data: { object: { metadata: {} } } }
    const sent = JSON.stringify(event, null, 2)
    const headers = { ...json, 'stripe-signature': await signStripePayload(sent, exampleWebhookSecret) }
    const post = (body: string) => app.request('/api/webhooks/stripe', { method: 'POST', headers, body })
    expect((await post(sent)).status).toBe(200)
    const reserialized = await post(JSON.stringify(JSON.parse(sent)))
    expect(reserialized.status).toBe(400)
    expect((await reserialized.json()).message).toBe(message)
  })

  it('get-route-handler-same-data: GET handlers are not cached by default; the public one sends its own Cache-Control', async () => {
    const name = `Errors page check ${app.next}`
    const created = await app.request('/api/projects', {
      method: 'POST',
      headers: { ...json, ...mobile },
      body: JSON.stringify({ name }),
    })
    expect(created.status).toBe(201)
    const listed = await (await app.request('/api/projects', { headers: mobile })).json()
    expect(listed.projects.map((project: { name: string }) => project.name)).toContain(name)
    const products = await app.request('/api/public/products')
    expect(products.headers.get('cache-control')).toBe(
      'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
    )
    expect(products.headers.get('x-nextjs-cache')).toBeNull()
  })

  it('cors-preflight-blocked: Chromium prints the preflight line for a JSON POST from another origin', async () => {
    const [message] = quoted('cors-preflight-blocked')
    const context = await app.browser().newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (line) => {
      if (line.type() === 'error') errors.push(line.text())
    })
    // The same server under another host name: a page there is on another origin.
    const otherSite = app.url().replace('127.0.0.1', 'errors-page.localhost')
    await page.goto(`${otherSite}/api/hello?name=errors`)
    const target = `${app.url()}/api/mobile/places`
    const outcome = await page.evaluate(async (target) => {
      try {
        await fetch(target, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'From another origin', lat: 1, lng: 1 }),
        })
        return 'sent'
      } catch (error) {
        return String(error)
      }
    }, target)
    expect(outcome).toBe('TypeError: Failed to fetch')
    const expected = fillMessage(message!, { url: target, origin: otherSite })
    await expect.poll(() => errors).toContain(expected)
    await context.close()
  })
}
