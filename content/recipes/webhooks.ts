import type { RecipeInput } from '../../lib/recipes/recipe-schema'

/**
 * Webhooks by signing scheme: a provider calls our URL and proves it is the provider with a
 * signature (Stripe's signed timestamp, an HMAC of the body alone, the Standard Webhooks headers)
 * or with a shared secret (a CMS publish hook, which then regenerates pages). Each recipe's summary
 * names its scheme and the providers that use it, so the wizard's "How does your provider sign its
 * calls?" list lets the reader find theirs. App messages are checked under `next start`
 * (tests/example-app/webhooks.ts), Next.js messages in both installed versions.
 */

const guide = {
  webhooks: { title: 'Route Handlers: webhooks', href: '/guide/route-handlers/#webhooks' },
  securityWebhooks: { title: 'Security checklist: webhooks', href: '/guide/security-checklist/#webhooks' },
  pagesWebhook: {
    title: 'Pages Router: a webhook that needs the raw body',
    href: '/guide/pages-router/#a-webhook-that-needs-the-raw-body',
  },
  pattern: { title: 'Receive a webhook: which provider signs how', href: '/patterns/webhook/' },
}

const docs = {
  webhooks: {
    title: 'route.ts: Webhooks (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/route#webhooks',
  },
  after: { title: 'after (Next.js docs)', href: 'https://nextjs.org/docs/app/api-reference/functions/after' },
  apiConfig: {
    title: 'API Routes: custom config (Next.js docs)',
    href: 'https://nextjs.org/docs/pages/building-your-application/routing/api-routes#custom-config',
  },
  revalidatePath: {
    title: 'revalidatePath (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/functions/revalidatePath',
  },
  revalidateTag: {
    title: 'revalidateTag (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/functions/revalidateTag',
  },
  onDemandApp: {
    title: 'Incremental Static Regeneration: on-demand revalidation with revalidatePath (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/incremental-static-regeneration#on-demand-revalidation-with-revalidatepath',
  },
  onDemandPages: {
    title: 'Incremental Static Regeneration: on-demand validation with res.revalidate() (Next.js docs)',
    href: 'https://nextjs.org/docs/pages/guides/incremental-static-regeneration#on-demand-validation-with-resrevalidate',
  },
}

/** What verifyBodySignature answers when the bytes are not the ones the provider signed. */
export const bodySignatureMismatch = 'The signature does not match the body.'

/** What verifyBodySignature answers when a header is not in the encoding the provider uses. */
export const notBase64Digest = 'The signature is not a base64 HMAC-SHA256.'

/** What verifyStandardWebhook answers when no v1 entry matches (a wrong key included). */
export const standardMismatch = 'No v1 signature matches the body.'

/** What verifyStandardWebhook answers when neither the webhook-* nor the svix-* headers came. */
export const standardHeadersMissing = 'Missing webhook-id, webhook-timestamp or webhook-signature.'

/** What verifyStandardWebhook answers when the signed timestamp is too old or too new. */
export const standardStale = 'webhook-timestamp is more than 300 seconds from now.'

/** Next.js's error when res.revalidate() gets something that is not a path. */
export const revalidateNotAPath =
  'Invalid urlPath provided to revalidate(), must be a path e.g. /blog/post-1, received {urlPath}'

const deliveriesFile = {
  file: 'lib/webhooks/deliveries.ts',
  region: 'record',
  role: 'remembers each provider’s delivery id, so a retry or a replay is acknowledged and not handled twice',
}

const devRendersEveryRequestTrap = {
  symptom:
    'In next dev the page shows an edit as soon as it is saved in the CMS, hook or no hook; in production it still shows the old text after the hook answered 200.',
  cause:
    'next dev renders a page on every request, so it never shows what a static page does. Only next build and next start generate the page once and keep it, and there the hook’s path decides which page is generated again.',
  fix: 'Try the hook under next build and next start, as the example’s check does: save in the CMS, see the old text, call the hook, see the new text. If the page still does not change, compare the path you revalidate with the address the page is served at.',
}

/** What verifyStripeSignature answers when the body is not the one that was signed. */
export const signatureMismatch = 'No signature matches the body.'

const billingFiles = {
  signature: {
    file: 'features/billing/stripe-signature.ts',
    region: 'verify',
    role: 'checks Stripe’s signature scheme and its timestamp, comparing in constant time',
  },
  events: {
    file: 'features/billing/webhook-events.ts',
    role: 'applies an event once per event id, and acknowledges types it does not handle',
  },
}

const idempotentTrap = {
  symptom:
    'A customer paid once but got two receipts, or their subscription status flipped back after it had been fixed by hand.',
  cause:
    'Providers deliver each event at least once. After a timeout, a 5xx or a dropped connection they send the same event again, with the same event id, sometimes hours later.',
  fix: 'Record the event id when you apply an event and acknowledge a repeat with 2xx without applying it again: applyBillingEvent answers { received: true, duplicate: true }. In a database, a unique constraint on the id keeps two deliveries that arrive together from both applying it.',
}

/** Webhooks by signing scheme: the provider calls us and signs (or shares a secret). */
export const webhookRecipes: RecipeInput[] = [
  {
    slug: 'signed-webhook',
    title: 'A webhook signed with a timestamp and the body (Stripe’s scheme)',
    summary:
      'Stripe’s scheme: one Stripe-Signature header, t=<timestamp>,v1=<hex HMAC-SHA256 of "timestamp.body">, for payment events such as an invoice paid or a card declined.',
    description:
      'A Route Handler that checks Stripe’s signature scheme (a signed timestamp and the raw body in one header), refuses old timestamps, applies each event once and answers 2xx quickly.',
    group: 'another-system-calls-us',
    outcomes: ['route-handler-for-webhook', 'service-with-webhook-route-handler'],
    boundaries: ['route-handler'],
    whenThisFits: [
      'A payment provider calls you when something happens on its side: an invoice was paid, a card was declined, a subscription ended. It posts JSON to a URL you registered with it and signs each request, so you can tell its calls from anyone else’s. No one is signed in and no page is involved; the caller is a server that wants a status code.',
      'This recipe is for one signing scheme, Stripe’s: a single Stripe-Signature header holding a timestamp (t=) and one or more hex HMAC-SHA256 signatures (v1=) of the timestamp, a dot and the body. If your provider’s header looks different, another recipe fits: an HMAC of the body alone (GitHub, Shopify) is /recipes/body-signature-webhook/, webhook-id / webhook-signature or svix-* headers are /recipes/standard-webhook/, and a CMS hook that sends a plain secret is /recipes/cms-publish-hook/. The table on /patterns/webhook/ maps providers to schemes.',
      'That makes it a Route Handler. A Server Action has no address you could give a provider, and Next.js may change its id with any build. The handler reads the body as text, checks the signature (an HMAC-SHA256 of the timestamp and the exact bytes, with the endpoint’s secret) before it trusts a single field, then applies the event once, however often the provider sends it.',
      'If your own interface can make the same change (an admin cancels a subscription with a button), move the rule into a service that the handler and the Server Action both call: see /recipes/shared-rule/. In a Pages Router app the same webhook needs the body parser turned off: /recipes/pages-api-webhook/.',
    ],
    featureWord: null,
    files: [
      {
        path: 'app/api/webhooks/stripe/route.ts',
        role: 'the URL Stripe posts to: raw body, signature, event',
      },
      { path: 'features/billing/stripe-signature.ts', role: billingFiles.signature.role },
      { path: 'features/billing/webhook-events.ts', role: billingFiles.events.role },
    ],
    code: [
      {
        file: 'app/api/webhooks/stripe/route.ts',
        role: 'The whole handler: read the text, verify it, then hand the same text to the event logic.',
      },
      billingFiles.signature,
      billingFiles.events,
    ],
    runTargets: ['stripe-webhook'],
    checklist: [
      'Read the body once with request.text() and verify that exact text before parsing it: the signature covers the bytes the provider sent. A provider that signs binary or non-UTF-8 payloads needs request.arrayBuffer().',
      'Compare signatures in constant time (crypto.subtle.verify does) and refuse a timestamp more than five minutes from now, so a captured delivery cannot be replayed later.',
      'Keep the signing secret in an environment variable, and accept any v1 signature in the header, so rolling the secret drops no deliveries. Stripe’s whsec_ secret is used as it is, as text: unlike the Standard Webhooks scheme, nothing is base64-decoded.',
      'Apply each event id once: providers retry, and a repeat gets 2xx without being applied again.',
      'Answer 2xx for event types you do not handle; the provider retries any other status.',
      'Answer quickly: verify, record and apply, then respond. Slow work such as emails or calls to other services goes on a queue; after() from next/server runs short follow-up work once the response is sent, but nothing retries it if it fails.',
      'Expect no session cookie and send no CORS headers: the signature is the only credential, and no browser has a reason to call this URL.',
    ],
    traps: [
      {
        symptom: 'Every delivery is refused with 400 invalid_signature, although the secret is right.',
        message: signatureMismatch,
        source: 'app',
        cause:
          'The handler read request.json() and verified JSON.stringify of the result. The provider’s bytes had other spacing, key order or escapes, so the HMAC of the re-serialized text differs from the one in the header.',
        fix: 'Read request.text() once, verify that string, then JSON.parse the same string, as this route does. The example’s next-start check signs an indented event: sent as signed it is applied, sent again re-serialized it is refused with this message.',
      },
      {
        symptom:
          'The handler throws “TypeError: Body is unusable: Body has already been read”, in Node.js 20’s words (on the default runtime a Route Handler gets Node.js’s own Request), and the provider gets a 500.',
        cause:
          'A request body is a stream that can be read once. Code that calls request.json() to look at the event type and then request.text() for the signature, or the other way round, reads it twice.',
        fix: 'Read it once into a string and pass the string on: this route hands rawBody to both verifyStripeSignature and applyBillingEvent. If a library insists on a Request, give it request.clone() before anything reads the original.',
      },
      {
        symptom:
          'Opening the webhook URL in a browser to check that it is deployed shows an empty page with status 405.',
        cause:
          'The file exports only POST. For any other method Next.js answers by itself: 405 with no body and no Allow header, and OPTIONS gets 204 with Allow: OPTIONS, POST. The route is working.',
        fix: 'Test it the way the provider calls it: a signed POST from the provider’s dashboard or command-line tool, or the Run panel here. Do not add a GET that does work: anyone can call it.',
      },
      idempotentTrap,
    ],
    readNext: [guide.webhooks, guide.securityWebhooks, docs.webhooks, docs.after],
    searchWords: [
      'webhook',
      'Stripe',
      'payment',
      'signature',
      'HMAC',
      'Stripe-Signature',
      'signed timestamp',
      'raw body',
      'request.text',
      'idempotent',
      'retry',
      'event',
      'invoice',
      'subscription',
      'provider callback',
    ],
  },

  {
    slug: 'body-signature-webhook',
    title: 'A webhook signed over the body alone, in hex or base64',
    summary:
      'An HMAC-SHA256 of the body alone in one header, with no timestamp: GitHub’s X-Hub-Signature-256 (sha256=<hex>) or Shopify’s X-Shopify-Hmac-Sha256 (base64).',
    description:
      'Route Handlers for providers that sign only the raw body, in hex (GitHub) or base64 (Shopify): one small verifier with Web Crypto, a constant-time check, and the delivery id in place of the timestamp these schemes do not have.',
    group: 'another-system-calls-us',
    outcomes: ['route-handler-for-webhook', 'service-with-webhook-route-handler'],
    boundaries: ['route-handler'],
    whenThisFits: [
      'A Git host tells you about a push, a shop tells you about a new order. Each posts JSON to the URL you registered and puts an HMAC-SHA256 of the body, made with a secret you share with it, in one header. GitHub sends it as X-Hub-Signature-256: sha256=<hex>; Shopify sends the same kind of digest in base64 in X-Shopify-Hmac-Sha256. The difference is the encoding, so one verifier takes the encoding as an argument.',
      'Only the body is signed. There is no timestamp, so a delivery someone captured stays valid for ever, and sending it again gives a second valid request. What tells a repeat apart is the id the provider sends with each event: X-GitHub-Delivery for GitHub, X-Shopify-Event-Id for Shopify, the same value when the provider retries. The route records that id and answers a repeat with 2xx without handling it again; treat an event as a prompt to fetch the current state from the provider’s API rather than as the state itself, so an old event replayed does no harm.',
      'It is a Route Handler for the same reasons as /recipes/signed-webhook/, whose provider also signs a timestamp. A provider that sends webhook-id, webhook-timestamp and webhook-signature headers (or svix-*) follows /recipes/standard-webhook/; a hook that sends a plain secret, as many CMSs do, is /recipes/cms-publish-hook/.',
    ],
    featureWord: null,
    files: [
      {
        path: 'app/api/webhooks/github/route.ts',
        role: 'GitHub posts here: the raw bytes, the sha256= hex signature, then the delivery id',
      },
      {
        path: 'app/api/webhooks/shopify/route.ts',
        role: 'Shopify posts here: the raw bytes, the base64 signature, then the event id',
      },
      {
        path: 'lib/webhooks/body-signature.ts',
        role: 'one verifier for both encodings: an HMAC-SHA256 of the bytes, compared in constant time',
      },
      { path: 'lib/webhooks/deliveries.ts', role: deliveriesFile.role },
    ],
    code: [
      {
        file: 'app/api/webhooks/github/route.ts',
        role: 'Read the bytes, strip sha256=, verify in hex, then take the delivery once by X-GitHub-Delivery.',
      },
      {
        file: 'app/api/webhooks/shopify/route.ts',
        role: 'The same steps with the base64 header and X-Shopify-Event-Id.',
      },
      {
        file: 'lib/webhooks/body-signature.ts',
        region: 'verify',
        role: 'Decode the header in the provider’s encoding and let crypto.subtle.verify compare the HMAC.',
      },
      deliveriesFile,
    ],
    runTargets: ['github-webhook', 'shopify-webhook'],
    checklist: [
      'Read the body once as bytes (request.arrayBuffer()) and verify those bytes before anything parses them; parse JSON only after the signature matched.',
      'Decode the header in the encoding the provider documents (hex after sha256= for GitHub, base64 for Shopify) and let crypto.subtle.verify compare: it checks in constant time and never compares strings of two encodings.',
      'Use the secret you set for this endpoint (for Shopify, the app’s client secret), from an environment variable.',
      'Record the delivery or event id and answer a repeat with 2xx without handling it again: nothing else stops a captured delivery from being replayed, since no timestamp is signed.',
      'Answer 401 to a missing or wrong signature, and 2xx for event types you do not handle, or the provider keeps retrying them.',
      'Answer quickly: record the delivery, put slow work (a build, a sync, an email) on a queue, and respond.',
      'Expect no session cookie and send no CORS headers: the signature is the only credential.',
    ],
    traps: [
      {
        symptom: 'Every delivery is refused with 401 invalid_signature, although the secret is right.',
        message: bodySignatureMismatch,
        source: 'app',
        cause:
          'The handler verified JSON.stringify(await request.json()). The provider sent other spacing, key order or escapes, so the HMAC of the re-serialized text is not the one in the header.',
        fix: 'Verify the bytes as they arrived (request.arrayBuffer(), or request.text() for a UTF-8 body) and parse only afterwards, as these routes do. The example’s next-start check sends an indented, signed body: as sent it is taken, re-serialized it is refused with this message.',
      },
      {
        symptom: 'A Shopify handler copied from a GitHub one refuses every delivery.',
        message: notBase64Digest,
        source: 'app',
        cause:
          'The GitHub code computes a hex digest and compares strings. Shopify sends base64, so the two strings never match, even for a genuine delivery; the example’s verifier, given a hex digest where base64 is expected, says so.',
        fix: "Say which encoding the header uses and decode it to bytes before comparing, as verifyBodySignature(…, 'base64') does. Never compare the text of a hex digest with a base64 one.",
      },
      {
        symptom:
          'The same push or order is handled twice: a second build starts, a second confirmation email goes out.',
        cause:
          'Providers deliver at least once and retry after a timeout or an error; a redelivery carries the same id. With no timestamp in the signature, an old delivery replayed by someone who captured it also verifies.',
        fix: 'Record X-GitHub-Delivery or X-Shopify-Event-Id and acknowledge a repeat with { received: true, duplicate: true }, as recordDelivery does; in a database, a unique constraint on the id. Prefer fetching the current state from the provider’s API over trusting an event’s copy of it.',
      },
    ],
    readNext: [guide.pattern, guide.webhooks, guide.securityWebhooks, docs.webhooks],
    searchWords: [
      'webhook',
      'GitHub',
      'Shopify',
      'X-Hub-Signature-256',
      'X-Shopify-Hmac-Sha256',
      'X-GitHub-Delivery',
      'sha256=',
      'HMAC',
      'hex',
      'base64',
      'signature',
      'raw body',
      'replay',
      'delivery id',
    ],
  },

  {
    slug: 'standard-webhook',
    title: 'A webhook signed with the Standard Webhooks headers (webhook-* or svix-*)',
    summary:
      'Three headers, webhook-id, webhook-timestamp and webhook-signature (or the same with svix-), signed over id.timestamp.body with a whsec_ secret: Svix and providers that send through it, such as Resend and Clerk.',
    description:
      'A Route Handler for the Standard Webhooks scheme: the whsec_ secret decoded to its key bytes, an HMAC-SHA256 of id, timestamp and raw body checked in constant time against each v1 entry, a five-minute window and the webhook-id as the key to ignore repeats.',
    group: 'another-system-calls-us',
    outcomes: ['route-handler-for-webhook', 'service-with-webhook-route-handler'],
    boundaries: ['route-handler'],
    whenThisFits: [
      'An email service reports a bounce, an auth service reports a new user. Providers that follow the Standard Webhooks specification, or send through Svix, put three headers on each delivery: webhook-id (the message id, the same on every retry), webhook-timestamp (seconds since 1970, new on each attempt) and webhook-signature. Svix sends the same three as svix-id, svix-timestamp and svix-signature; Resend and Clerk deliver through Svix. The scheme is the same, so the route reads either set.',
      'The signature is an HMAC-SHA256 of the id, a dot, the timestamp, a dot and the raw body, in base64, written as v1,<signature>. The header may hold several such entries separated by spaces while the provider rolls the secret, and entries of other versions (v1a for asymmetric keys) that this verifier skips. The secret is given as whsec_ followed by base64: the key is the decoded bytes, not the text.',
      'As with /recipes/signed-webhook/, a Route Handler is the only boundary a provider can call, and the signed timestamp limits a replay to five minutes; the webhook-id catches the retries within it. For an HMAC of the body alone (GitHub, Shopify) see /recipes/body-signature-webhook/.',
    ],
    featureWord: null,
    files: [
      {
        path: 'app/api/webhooks/standard/route.ts',
        role: 'the provider posts here: raw bytes, the three headers, then the event once per webhook-id',
      },
      {
        path: 'lib/webhooks/standard-webhooks.ts',
        role: 'the verifier: whsec_ key bytes, id.timestamp.body, every v1 entry, a five-minute window',
      },
      { path: 'lib/webhooks/deliveries.ts', role: deliveriesFile.role },
    ],
    code: [
      {
        file: 'app/api/webhooks/standard/route.ts',
        role: 'Verify the bytes first, parse them only after, and take each webhook-id once.',
      },
      {
        file: 'lib/webhooks/standard-webhooks.ts',
        role: 'Read webhook-* or svix-*, check the timestamp, then try each v1 signature with crypto.subtle.verify.',
      },
      deliveriesFile,
    ],
    runTargets: [],
    checklist: [
      'Read the body once as bytes and verify them before parsing: the signed content is webhook-id, a dot, webhook-timestamp, a dot and those exact bytes.',
      'Decode the whsec_ secret: strip the prefix and base64-decode the rest; those bytes are the HMAC key.',
      'Read webhook-id, webhook-timestamp and webhook-signature, or svix-id, svix-timestamp and svix-signature when your provider sends those.',
      'Split webhook-signature on spaces and accept the delivery when any v1 entry matches, so a secret being rolled drops nothing; compare with crypto.subtle.verify, which is constant-time.',
      'Refuse a timestamp more than five minutes from now, and keep the server clock synchronised.',
      'Use webhook-id as the idempotency key: a retry repeats it, and is acknowledged with 2xx without being handled again.',
      'Answer quickly with 2xx; put slow work on a queue.',
    ],
    traps: [
      {
        symptom:
          'Code that verifies Stripe’s webhooks was reused, the secret also starts with whsec_, and every delivery is refused.',
        message: standardMismatch,
        source: 'app',
        cause:
          'Stripe’s scheme uses the whole secret string as the HMAC key. Standard Webhooks uses the bytes of the base64 after whsec_, and signs the id and timestamp in front of the body, separated by dots.',
        fix: 'Decode the key as signingKey does and sign `${id}.${timestamp}.` followed by the body. The unit test compares the result with an HMAC computed independently with the decoded key.',
      },
      {
        symptom: 'Deliveries from an email or auth provider are refused before any signature is checked:',
        message: standardHeadersMissing,
        source: 'app',
        cause:
          'The provider sends through Svix, whose headers are svix-id, svix-timestamp and svix-signature. Code that reads only the webhook-* names finds nothing.',
        fix: 'Read webhook-* and fall back to svix-*, as the route does; the scheme is the same. The example’s next-start check sends both forms.',
      },
      {
        symptom: 'Every delivery is refused on one server only, or all of them after a deploy:',
        message: standardStale,
        source: 'app',
        cause:
          'The server’s clock is off by more than five minutes, or the code compares webhook-timestamp (seconds) with Date.now() (milliseconds). A captured delivery sent again later is refused with the same message, which is the point of the check.',
        fix: 'Compare seconds with seconds (Date.now() / 1000) and keep the clock synchronised with NTP. Do not widen the window to hide a clock problem.',
      },
      {
        symptom: 'A user gets two welcome emails after the provider retried a slow response.',
        cause:
          'The first attempt timed out on the provider’s side while the handler was still sending the email; the retry carries the same webhook-id and a fresh timestamp, so it verifies.',
        fix: 'Record the webhook-id before the work and acknowledge a repeat, as recordDelivery does, and answer before slow work: put the email on a queue.',
      },
    ],
    readNext: [guide.pattern, guide.webhooks, guide.securityWebhooks, docs.webhooks],
    searchWords: [
      'webhook',
      'Standard Webhooks',
      'Svix',
      'svix-id',
      'svix-signature',
      'webhook-id',
      'webhook-signature',
      'webhook-timestamp',
      'whsec_',
      'Resend',
      'Clerk',
      'email events',
      'HMAC',
      'signature',
      'raw body',
    ],
  },

  {
    slug: 'cms-publish-hook',
    title: 'A CMS publish hook with a shared secret that regenerates pages',
    summary:
      'A CMS calls us when an editor publishes, with a shared secret in a header or the query string instead of a signature (for example a custom header set on a Contentful webhook), and we regenerate the pages it changed.',
    description:
      'A Route Handler for a CMS publish hook: compare the shared secret in constant time, validate which entry changed, then revalidatePath the page that shows it, so a page generated at build time shows the published text on its next visit.',
    group: 'another-system-calls-us',
    outcomes: ['route-handler-for-webhook', 'service-with-webhook-route-handler'],
    boundaries: ['route-handler'],
    whenThisFits: [
      'Articles live in a headless CMS and the site generates their pages at build time, so they are fast and cost nothing to serve. When an editor publishes, the CMS calls a URL you gave it; the page should show the new text from then on, without a new build.',
      'Many CMSs do not sign their hooks. They let you add a header to the call (Contentful calls them custom headers) or only a query parameter, and you put a long random secret there. The secret is then the whole credential: compare it in constant time, as secretMatches does, and prefer a header, since a URL with ?secret= ends up in access logs and in the CMS’s delivery log. If your CMS does sign its calls, use the recipe for its scheme instead: /recipes/body-signature-webhook/ or /recipes/standard-webhook/.',
      "The handler’s real job is to say which pages are out of date. revalidatePath('/articles/release-notes') marks that page stale; the next visit generates it again with the published text. When many pages read the same data, tag the reads and call revalidateTag(tag) instead, which on Next.js 16 takes a second argument ('max', or a cache-life profile); 15 takes the tag alone. In a Pages Router app the same hook calls res.revalidate(path): /recipes/pages-cms-publish-hook/.",
    ],
    featureWord: 'article',
    files: [
      {
        path: 'app/api/webhooks/cms/route.ts',
        role: 'the CMS calls this: the secret, the entry that changed, then revalidatePath',
      },
      {
        path: 'lib/webhooks/shared-secret.ts',
        role: 'compares the secret in constant time with Web Crypto, whatever the lengths',
      },
      {
        path: 'app/articles/[slug]/page.tsx',
        role: 'the page generated at build time, one per entry, until the hook revalidates it',
      },
    ],
    code: [
      {
        file: 'app/api/webhooks/cms/route.ts',
        role: 'Refuse a wrong secret with 401, validate the slug, and revalidate that entry’s page.',
      },
      {
        file: 'lib/webhooks/shared-secret.ts',
        role: 'Two fixed-length HMAC tags compared by crypto.subtle.verify, so the comparison leaks nothing.',
      },
      {
        file: 'app/articles/[slug]/page.tsx',
        role: 'generateStaticParams builds every article; nothing regenerates it on a timer.',
      },
    ],
    runTargets: ['cms-publish-hook'],
    checklist: [
      'Generate a long random secret, set it in the CMS’s hook as a header (or, if the CMS allows nothing else, a query parameter), and keep it in an environment variable.',
      'Compare the secret in constant time before reading the body, and answer 401 when it is missing or wrong.',
      'Validate what the CMS says changed (here the entry’s slug, with zod) and answer 422 or 404 rather than revalidating a path built from unchecked input.',
      "Revalidate the concrete path the page is served at (/articles/release-notes), or the route with its type (revalidatePath('/articles/[slug]', 'page')) to mark every article stale.",
      "For data shown on many pages, tag the reads and call revalidateTag(tag, 'max') on Next.js 16 (revalidateTag(tag) on 15); updateTag (Next.js 16 only) works in Server Actions, not in a Route Handler.",
      'Answer quickly with 2xx: revalidatePath only marks the page, and the next visit generates it.',
      'Check it under next build and next start: in next dev every request renders the page anyway.',
    ],
    traps: [
      {
        symptom: 'The hook answers 200 but no article shows the published text, and the server logs:',
        message:
          'Warning: a dynamic page path "{originalPath}" was passed to "revalidatePath", but the "type" parameter is missing. This has no effect by default, see more info here https://nextjs.org/docs/app/api-reference/functions/revalidatePath',
        source: 'next',
        cause:
          'revalidatePath got the route pattern, /articles/[slug], without its second argument. A path behind a rewrite misses too, without a warning: revalidatePath works on the path of the route file, not on the address a rewrite maps to it.',
        fix: "Pass the concrete path, /articles/${slug}, as this route does, or revalidatePath('/articles/[slug]', 'page') to mark every article. The next-start check proves the path: the page shows the old text until the hook runs, and the new text after.",
      },
      devRendersEveryRequestTrap,
      {
        symptom: 'Someone who never saw the secret triggers the hook and regenerates pages at will.',
        cause:
          'The secret went into the hook’s URL and from there into a proxy’s access log, a shared screenshot or the CMS’s delivery log; or the code compared it with ===, which stops at the first differing character and leaks how much of a guess was right.',
        fix: 'Send the secret in a header where the CMS allows it, compare it with secretMatches, and rotate it when it has been seen. The hook only regenerates pages from the CMS’s own data, so a forged call cannot change what they show.',
      },
    ],
    readNext: [guide.pattern, docs.revalidatePath, docs.revalidateTag, docs.onDemandApp],
    searchWords: [
      'CMS',
      'publish hook',
      'headless CMS',
      'Contentful',
      'revalidate',
      'revalidatePath',
      'revalidateTag',
      'on-demand revalidation',
      'ISR',
      'static page',
      'shared secret',
      'webhook secret',
      'rebuild',
      'deploy hook',
    ],
  },

  {
    slug: 'pages-api-webhook',
    title: 'A webhook signed with a timestamp and the body, in pages/api (Stripe’s scheme)',
    summary:
      'Stripe’s Stripe-Signature scheme (a signed timestamp and an HMAC of the body) in an app that uses the Pages Router, where the body parser must be turned off.',
    description:
      'An API Route with the body parser turned off (bodyParser: false) that reads the raw bytes, verifies Stripe’s signature scheme, answers 405 with Allow and applies each event once.',
    group: 'another-system-calls-us',
    outcomes: ['api-route-for-webhook'],
    boundaries: ['api-route'],
    whenThisFits: [
      'The provider and the job are those of /recipes/signed-webhook/: it posts signed JSON when a payment changes, and retries until it gets a 2xx. Only the router differs: in a Pages Router app the URL is a file under pages/api.',
      'API Routes parse the body before the handler runs, and once it is parsed, the bytes the signature covers are gone. Exporting config = { api: { bodyParser: false } } turns the parser off for this route alone. The handler reads the request stream into a string, verifies the signature over it, and hands the same string to the event logic the App Router route uses.',
      'The raw-body reader is the part every signed scheme needs here. A provider that signs the body alone (GitHub, Shopify) or sends Standard Webhooks headers needs the same bodyParser: false and readRawBody, with the verifier of /recipes/body-signature-webhook/ or /recipes/standard-webhook/ in place of Stripe’s. A CMS hook that sends only a shared secret needs neither: /recipes/pages-cms-publish-hook/.',
      'When the app moves to the App Router, this becomes a route.ts that reads request.text(), with no config at all.',
    ],
    featureWord: null,
    files: [
      {
        path: 'pages/api/webhooks/payments.ts',
        role: 'the handler, with bodyParser: false and a raw-body reader',
      },
      { path: 'features/billing/stripe-signature.ts', role: billingFiles.signature.role },
      { path: 'features/billing/webhook-events.ts', role: billingFiles.events.role },
    ],
    code: [
      {
        file: 'pages/api/webhooks/payments.ts',
        role: 'Parser off, method checked, the stream read into one string, verified, then applied.',
      },
      billingFiles.signature,
      billingFiles.events,
    ],
    runTargets: ['pages-payments-webhook'],
    checklist: [
      'Export config = { api: { bodyParser: false } } from this route file; every other API Route keeps its parser.',
      'Read the stream to the end into one string, decoding with a single TextDecoder in stream mode, and verify that string before parsing it.',
      'Check the method first: 405 with Allow: POST for anything else, since nothing answers it for you here.',
      'Compare signatures in constant time and refuse a timestamp more than five minutes from now.',
      'Apply each event id once, and answer 2xx for event types you do not handle: the provider retries any other status.',
      'Answer quickly, and put slow follow-up work on a queue.',
    ],
    traps: [
      {
        symptom: 'Every delivery is refused with 400 invalid_signature, although the secret is right.',
        message: signatureMismatch,
        source: 'app',
        cause:
          'Without bodyParser: false, Next.js has already read the stream and parsed it into req.body. The stream has nothing left to read, and JSON.stringify(req.body) is not the text the provider signed.',
        fix: 'Export config = { api: { bodyParser: false } } and read the stream yourself, as this route does. The example’s next-start check posts an indented, signed event with Content-Type: application/json: it is applied, and the same event re-serialized is refused.',
      },
      {
        symptom:
          'Most deliveries verify, but now and then one fails, always an event with a name such as “Zoë” or an emoji in it.',
        cause:
          'The body arrives in chunks, and a chunk can end in the middle of a multi-byte UTF-8 character. Decoding each chunk on its own (chunk.toString()) turns both halves into replacement characters, and the text no longer matches the signature.',
        fix: 'Decode with one TextDecoder and { stream: true }, as readRawBody does, or collect the bytes and decode them once at the end.',
      },
      idempotentTrap,
    ],
    readNext: [guide.pagesWebhook, guide.securityWebhooks, docs.apiConfig],
    searchWords: [
      'webhook',
      'pages/api',
      'bodyParser',
      'bodyParser: false',
      'raw body',
      'Stripe',
      'signature',
      'HMAC',
      'Pages Router',
      'payment',
    ],
  },

  {
    slug: 'pages-cms-publish-hook',
    title: 'A CMS publish hook in pages/api that calls res.revalidate',
    summary:
      'A CMS calls a Pages Router app when an editor publishes, with a shared secret in a header or the query string, and an API Route regenerates the page with res.revalidate(path).',
    description:
      'An API Route for a CMS publish hook in the Pages Router: a shared secret compared in constant time, 405 with Allow, the entry validated, then res.revalidate regenerates the getStaticProps page before the hook gets its answer.',
    group: 'another-system-calls-us',
    outcomes: ['api-route-for-webhook'],
    boundaries: ['api-route'],
    whenThisFits: [
      'The job is that of /recipes/cms-publish-hook/: pages generated at build time from a CMS, and a hook the CMS calls when an editor publishes, with a shared secret in a header or the query string. Only the router differs: the page uses getStaticProps and getStaticPaths, and the hook is a file under pages/api.',
      'res.revalidate(path) generates the page again before it resolves, so the handler knows whether it worked and can answer 500 (the CMS then retries) when it did not. The page needs no revalidate time: without one it is kept until the next res.revalidate call.',
      'Nothing is signed here, so the body parser may stay on and req.body arrives parsed. A provider that signs its body needs bodyParser: false instead: /recipes/pages-api-webhook/.',
    ],
    featureWord: 'handbook',
    files: [
      {
        path: 'pages/api/webhooks/publish.ts',
        role: 'the CMS calls this: method, secret, entry, then res.revalidate',
      },
      {
        path: 'pages/handbook/[slug].tsx',
        role: 'the page, generated by getStaticProps at build time and by res.revalidate after a publish',
      },
      {
        path: 'lib/webhooks/shared-secret.ts',
        role: 'compares the secret in constant time with Web Crypto',
      },
    ],
    code: [
      {
        file: 'pages/api/webhooks/publish.ts',
        role: '405 with Allow, 401 for a wrong secret, 422 and 404 for a bad entry, then res.revalidate with a path.',
      },
      {
        file: 'pages/handbook/[slug].tsx',
        role: "getStaticPaths with fallback: 'blocking', so an entry published after the build is generated on its first visit.",
      },
      {
        file: 'lib/webhooks/shared-secret.ts',
        role: 'The same comparison as in the App Router recipe.',
      },
    ],
    runTargets: ['pages-publish-hook'],
    checklist: [
      'Check the method first: 405 with Allow: POST for anything else.',
      'Compare the secret in constant time and answer 401 when it is missing or wrong; prefer a header to ?secret=, which lands in logs.',
      'Validate the entry the CMS names and answer 422 or 404 before revalidating anything.',
      'Pass res.revalidate the path as the browser asks for it, starting with a slash (/handbook/getting-started), and await it.',
      'Answer 500 when res.revalidate throws, so the CMS retries; answer 2xx once the page is regenerated.',
      "Leave revalidate out of getStaticProps when the hook is the only thing that should regenerate the page, and use fallback: 'blocking' so new entries get a page.",
    ],
    traps: [
      {
        symptom: 'The hook answers 500 and the server logs:',
        message: revalidateNotAPath,
        source: 'next',
        cause:
          'res.revalidate got a slug or a path without its leading slash (handbook/getting-started), or a full URL.',
        fix: 'Build the path as the browser asks for it, `/handbook/${slug}`, as the handler does.',
      },
      {
        symptom: 'An article published after the last build shows the 404 page, even after the hook ran.',
        cause:
          'getStaticPaths returned fallback: false, so only the slugs known at build time have a page; revalidating a path that has no page generates nothing.',
        fix: "Return fallback: 'blocking' (as here): an unknown slug is generated on its first visit, and getStaticProps answers notFound for an entry the CMS does not have.",
      },
      devRendersEveryRequestTrap,
    ],
    readNext: [guide.pattern, guide.pagesWebhook, docs.onDemandPages],
    searchWords: [
      'CMS',
      'publish hook',
      'res.revalidate',
      'on-demand revalidation',
      'ISR',
      'getStaticProps',
      'pages/api',
      'Pages Router',
      'shared secret',
      'revalidate',
      'static page',
    ],
  },
]
