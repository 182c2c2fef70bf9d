import { expect, it } from 'vitest'
import { cmsEditorToken } from '../../content/examples/features/articles/articles'
import { signStripePayload } from '../../content/examples/features/billing/stripe-signature'
import { exampleWebhookSecret } from '../../content/examples/features/billing/webhook-events'
import { signBody } from '../../content/examples/lib/webhooks/body-signature'
import { exampleSecrets } from '../../content/examples/lib/webhooks/secrets'
import { signStandardWebhook } from '../../content/examples/lib/webhooks/standard-webhooks'
import {
  bodySignatureMismatch,
  notBase64Digest,
  signatureMismatch,
  standardHeadersMissing,
  standardMismatch,
  standardStale,
  webhookRecipes,
} from '../../content/recipes/webhooks'
import type { ExampleAppContext } from './recipe-checks'

/** The messages a recipe's traps quote, so a check compares the very text the page shows. */
function quotedMessages(slug: string): string[] {
  const recipe = webhookRecipes.find((candidate) => candidate.slug === slug)
  if (!recipe) throw new Error(`No recipe "${slug}" in content/recipes/webhooks.ts`)
  return recipe.traps.flatMap((trap) => (trap.message ? [trap.message] : []))
}

const json = { 'content-type': 'application/json' }
/** Ids no other run of these checks used, so a delivery is new to the app the first time. */
const fresh = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

/** The heading of a page the app serves, or its status when it is not 200. */
async function headingOf(app: ExampleAppContext, path: string): Promise<string> {
  const response = await app.request(path)
  if (response.status !== 200) return `status ${response.status}`
  return /<h1>([^<]*)<\/h1>/.exec(await response.text())?.[1] ?? 'no heading'
}

/** Checks of the webhooks recipes' code under `next start`. */
export function webhooksChecks(app: ExampleAppContext): void {
  const post = (path: string, headers: Record<string, string>, body: string) =>
    app.request(path, { method: 'POST', headers: { ...json, ...headers }, body })

  it('Stripe’s scheme keeps the raw bytes in both routers: a formatted event verifies, re-serialized it does not', async () => {
    expect(quotedMessages('signed-webhook')).toContain(signatureMismatch)
    expect(quotedMessages('pages-api-webhook')).toContain(signatureMismatch)
    for (const path of ['/api/webhooks/stripe', '/api/webhooks/payments']) {
      // Indented, like many providers send it, and long enough to arrive in several chunks, with
      // two-byte characters that a chunk boundary can split.
      const event = {
        id: `evt_raw${path}`,
        type: 'customer.created',
        data: { note: `Zoë ${'ë'.repeat(200_000)}` },
      }
      const sent = JSON.stringify(event, null, 2)
      const signature = { 'stripe-signature': await signStripePayload(sent, exampleWebhookSecret) }

      const applied = await post(path, signature, sent)
      expect(applied.status, path).toBe(200)
      expect(await applied.json()).toEqual({ received: true, ignored: true })

      const reserialized = await post(path, signature, JSON.stringify(JSON.parse(sent)))
      expect(reserialized.status, path).toBe(400)
      expect(await reserialized.json()).toEqual({ error: 'invalid_signature', message: signatureMismatch })
    }
    // pages/api answers a method it does not handle itself: 405 with Allow.
    const get = await app.request('/api/webhooks/payments')
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
  })

  it('a body signed alone, hex for GitHub and base64 for Shopify: taken once per id, refused when tampered with or signed with another secret', async () => {
    expect(quotedMessages('body-signature-webhook')).toEqual([bodySignatureMismatch, notBase64Digest])
    const body = JSON.stringify({ ref: 'refs/heads/main', note: 'Zoë pushed' }, null, 2)
    const providers = [
      {
        path: '/api/webhooks/github',
        sign: async (secret: string) => ({
          'x-hub-signature-256': `sha256=${await signBody(body, secret, 'hex')}`,
          'x-github-event': 'push',
        }),
        id: 'x-github-delivery',
        secret: exampleSecrets.github,
      },
      {
        path: '/api/webhooks/shopify',
        sign: async (secret: string) => ({
          'x-shopify-hmac-sha256': await signBody(body, secret, 'base64'),
          'x-shopify-topic': 'orders/create',
        }),
        id: 'x-shopify-event-id',
        secret: exampleSecrets.shopify,
      },
    ]
    for (const provider of providers) {
      const headers = { ...(await provider.sign(provider.secret)), [provider.id]: fresh('delivery') }
      const first = await post(provider.path, headers, body)
      expect(first.status, provider.path).toBe(200)
      expect(await first.json()).toEqual({ received: true })
      // The provider redelivers with the same id: acknowledged, not handled again.
      expect(await (await post(provider.path, headers, body)).json()).toEqual({
        received: true,
        duplicate: true,
      })

      const tampered = await post(provider.path, headers, JSON.stringify(JSON.parse(body)))
      expect(tampered.status, provider.path).toBe(401)
      expect(await tampered.json()).toEqual({ error: 'invalid_signature', message: bodySignatureMismatch })
      const forged = { ...(await provider.sign('a guessed secret')), [provider.id]: fresh('forged') }
      expect((await post(provider.path, forged, body)).status, provider.path).toBe(401)
    }
    // A hex digest where Shopify sends base64: refused with the message the trap quotes.
    const hex = {
      'x-shopify-hmac-sha256': await signBody(body, exampleSecrets.shopify, 'hex'),
      'x-shopify-event-id': fresh('hex'),
    }
    const refused = await post('/api/webhooks/shopify', hex, body)
    expect(refused.status).toBe(401)
    expect((await refused.json()).message).toBe(notBase64Digest)
  })

  it('Standard Webhooks, as webhook-* or svix-*: taken once per webhook-id; a tampered body, another key and a stale timestamp are refused', async () => {
    expect(quotedMessages('standard-webhook')).toEqual([
      standardMismatch,
      standardHeadersMissing,
      standardStale,
    ])
    const path = '/api/webhooks/standard'
    const body = JSON.stringify({ type: 'email.bounced', data: { to: 'zoë@example.com' } }, null, 2)
    const secret = exampleSecrets.standard
    for (const prefix of ['webhook', 'svix'] as const) {
      const headers = await signStandardWebhook(body, secret, { id: fresh('msg'), prefix })
      const first = await post(path, headers, body)
      expect(first.status, prefix).toBe(200)
      expect(await first.json()).toEqual({ received: true })
      expect(await (await post(path, headers, body)).json()).toEqual({ received: true, duplicate: true })
    }
    const refusal = async (headers: Record<string, string>, text = body) => {
      const response = await post(path, headers, text)
      expect(response.status).toBe(401)
      return (await response.json()).message as string
    }
    const signed = await signStandardWebhook(body, secret, { id: fresh('msg') })
    expect(await refusal(signed, JSON.stringify(JSON.parse(body)))).toBe(standardMismatch)
    const otherKey = 'whsec_c2VjcmV0IG9mIGFub3RoZXIgZW5kcG9pbnQ='
    expect(await refusal(await signStandardWebhook(body, otherKey, { id: fresh('msg') }))).toBe(
      standardMismatch,
    )
    const old = Date.now() - 301_000
    expect(await refusal(await signStandardWebhook(body, secret, { id: fresh('msg'), now: old }))).toBe(
      standardStale,
    )
    expect(await refusal({})).toBe(standardHeadersMissing)
  })

  it('the CMS publish hook: the static article keeps its text after an edit, a wrong secret changes nothing, and the hook brings the new text', async () => {
    const page = '/articles/release-notes'
    expect(await headingOf(app, page)).toBe('Release notes')
    // The page was generated by `next build`, not for this request.
    expect((await app.request(page)).headers.get('x-nextjs-cache')).toMatch(/^(HIT|STALE)$/)

    const edited = await app.request('/fake-cms/entries/release-notes', {
      method: 'PUT',
      headers: { ...json, authorization: `Bearer ${cmsEditorToken}` },
      body: JSON.stringify({ title: 'Release notes, edited in the CMS', body: 'Published after the build.' }),
    })
    expect(edited.status).toBe(200)
    expect(await headingOf(app, page)).toBe('Release notes')

    const entry = JSON.stringify({ slug: 'release-notes' })
    const wrong = await post('/api/webhooks/cms', { 'x-webhook-secret': 'a guess' }, entry)
    expect(wrong.status).toBe(401)
    expect(await headingOf(app, page)).toBe('Release notes')

    const published = await post(`/api/webhooks/cms?secret=${exampleSecrets.cms}`, {}, entry)
    expect(published.status).toBe(200)
    expect(await published.json()).toEqual({ revalidated: [page] })
    // revalidatePath marks the page; a visit generates it again with the published text.
    await expect.poll(() => headingOf(app, page)).toBe('Release notes, edited in the CMS')
  })

  it('the CMS publish hook in pages/api: res.revalidate has regenerated the getStaticProps page when the hook answers', async () => {
    const page = '/handbook/getting-started'
    expect(await headingOf(app, page)).toBe('Getting started')
    const edited = await app.request('/fake-cms/entries/getting-started', {
      method: 'PUT',
      headers: { ...json, authorization: `Bearer ${cmsEditorToken}` },
      body: JSON.stringify({ title: 'Getting started, edited in the CMS', body: 'Step one changed.' }),
    })
    expect(edited.status).toBe(200)
    expect(await headingOf(app, page)).toBe('Getting started')

    const entry = JSON.stringify({ slug: 'getting-started' })
    expect((await post('/api/webhooks/publish', { 'x-webhook-secret': 'a guess' }, entry)).status).toBe(401)
    expect(await headingOf(app, page)).toBe('Getting started')
    const get = await app.request('/api/webhooks/publish')
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')

    const published = await post('/api/webhooks/publish', { 'x-webhook-secret': exampleSecrets.cms }, entry)
    expect(published.status).toBe(200)
    expect(await published.json()).toEqual({ revalidated: [page] })
    expect(await headingOf(app, page)).toBe('Getting started, edited in the CMS')
  })
}
