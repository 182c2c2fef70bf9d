import type { ErrorEntryInput } from '../lib/errors/error-schema'
import { preflightBlocked } from './recipes/other-callers'
import { signatureMismatch } from './recipes/webhooks'

/**
 * "Fix an error": the messages and symptoms readers arrive with, one page each (/errors/<slug>/).
 * Every quoted message is checked: Next.js text in the installed code of both verified versions
 * (lib/errors/error-messages.test.ts), Node.js text by a unit test that triggers it
 * (lib/errors/node-messages.test.ts), and what a running app prints under `next start`
 * (tests/example-app/errors.ts). The order here is the order on /errors/ within each place.
 */

const guide = {
  serverComponents: { title: 'Server Components for reads', href: '/guide/server-components/' },
  serverActions: { title: 'Server Actions', href: '/guide/server-actions/' },
  routeHandlers: { title: 'Route Handlers', href: '/guide/route-handlers/' },
  webhooks: { title: 'Route Handlers: webhooks', href: '/guide/route-handlers/#webhooks' },
  otherClients: {
    title: 'Route Handlers: other clients, tokens, CORS and contracts',
    href: '/guide/route-handlers/#other-clients-tokens-cors-and-contracts',
  },
  pagesWebhook: {
    title: 'Pages Router: a webhook that needs the raw body',
    href: '/guide/pages-router/#a-webhook-that-needs-the-raw-body',
  },
}

const docs = {
  bodySizeLimit: {
    title: 'serverActions: bodySizeLimit (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/config/next-config-js/serverActions#bodysizelimit',
  },
  versionSkew: {
    title: 'Self-hosting: version skew (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/self-hosting#version-skew',
  },
  encryptionKey: {
    title: 'Self-hosting: Server Functions encryption key (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/self-hosting#server-functions-encryption-key',
  },
  route: {
    title: 'route.ts: HTTP methods (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/route#http-methods',
  },
  cors: {
    title: 'route.ts: CORS (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/route#cors',
  },
  preflight: {
    title: 'Backend for Frontend: preflight requests (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/backend-for-frontend#preflight-requests',
  },
  webhooks: {
    title: 'route.ts: Webhooks (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/route#webhooks',
  },
  requestBody: {
    title: 'route.ts: Request body (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/route#request-body',
  },
  redirect: {
    title: 'redirect (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/functions/redirect',
  },
  rethrow: {
    title: 'unstable_rethrow (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/functions/unstable_rethrow',
  },
  cookies: {
    title: 'cookies (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/functions/cookies',
  },
  headers: {
    title: 'headers (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/functions/headers',
  },
  caching: {
    title: 'Route Handlers: caching (Next.js docs)',
    href: 'https://nextjs.org/docs/app/getting-started/route-handlers#caching',
  },
  revalidatePath: {
    title: 'revalidatePath (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/functions/revalidatePath',
  },
  refresh: {
    title: 'refresh (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/functions/refresh',
  },
  proxyMatcher: {
    title: 'proxy.js: Matcher (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/proxy#matcher',
  },
  staticExports: {
    title: 'Static exports: unsupported features (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/static-exports#unsupported-features',
  },
}

export const errorEntries: ErrorEntryInput[] = [
  {
    slug: 'server-actions-static-export',
    title: 'Server Actions are not supported with static export',
    description:
      'next build stops with “Server Actions are not supported with static export.”: a static export has no server to run an action on. Post the form to a service instead.',
    place: 'build',
    messages: [
      {
        text: 'Server Actions are not supported with static export.',
        source: 'next',
        where: 'the output of next build, once next.config sets output: export',
      },
    ],
    when: [
      "You set `output: 'export'` in next.config to host the site as files, and a form or button in the app calls a Server Action.",
    ],
    cause: [
      'A Server Action is a POST to the Next.js server that runs your function there. A static export is HTML, JavaScript and CSS on a file host: nothing answers that POST, so the build refuses rather than ship forms that cannot work.',
    ],
    fix: [
      'Keep the export and send the form from the browser with fetch to something that runs elsewhere: a hosted form service or a function deployed on its own, which must answer with CORS headers for your site.',
      "Or drop `output: 'export'` and deploy the app with a server (`next start`, a platform, a container): then the action runs as written.",
    ],
    code: [
      {
        kind: 'wrong',
        file: 'app/contact/page.tsx',
        code: "import { sendMessage } from './actions' // 'use server' inside\n\nexport default function Contact() {\n  return <form action={sendMessage}>{/* … */}</form>\n}",
      },
      {
        kind: 'right',
        file: 'app/contact/contact-form.tsx',
        code: "'use client'\n\nexport function ContactForm() {\n  async function send(formData: FormData) {\n    await fetch('https://forms.example.com/f/contact', { method: 'POST', body: formData })\n  }\n  return <form action={send}>{/* … */}</form>\n}",
      },
    ],
    recipes: ['static-export-form'],
    readNext: [docs.staticExports, guide.serverActions],
    readersWords: ['output export', 'static site', 'GitHub Pages', 'S3', 'form', 'next export'],
    checkedBy:
      'Found word for word in the installed Next.js 16.4.6 and 15.5.29 (lib/errors/error-messages.test.ts).',
  },
  {
    slug: 'fetch-own-api-at-build',
    title: 'ECONNREFUSED or “Failed to parse URL” when a page fetches its own /api',
    description:
      'next build fails with fetch failed (ECONNREFUSED) or “Failed to parse URL from /api/…” when a Server Component fetches the app’s own Route Handler. Call the code directly.',
    place: 'build',
    messages: [
      {
        text: 'TypeError: Failed to parse URL from {path}',
        source: 'node',
        where: 'the output of next build (or the server’s log), for a relative address',
      },
      {
        text: 'TypeError: fetch failed',
        source: 'node',
        where: 'the output of next build, for an absolute address to your own server',
      },
      {
        text: 'Error: connect ECONNREFUSED {address}',
        source: 'node',
        where: 'the same output, as the cause under “fetch failed”',
      },
      {
        text: 'Error occurred prerendering page "{page}".',
        source: 'next',
        where: 'the output of next build, naming the page that failed',
      },
    ],
    placeholders: {
      path: 'the relative address the page fetched, such as /api/products',
      address: 'the host and port nothing listens on, such as 127.0.0.1:3000',
      page: 'the route being prerendered, such as /products',
    },
    when: [
      "A Server Component (a page or a layout) reads its data with `fetch('/api/products')` or `fetch('http://localhost:3000/api/products')`, and you run next build, often in CI or a Docker build.",
    ],
    cause: [
      'Server Components run on the server, and a page without request-time reads is prerendered during next build. No server is listening then, so an absolute address to your own app is refused (ECONNREFUSED). A relative address fails anywhere on the server: Node’s fetch has no page address to resolve `/api/…` against.',
      'Even when it works (at request time, with the right host), it is a detour: an HTTP request from your server to itself, with its own serialisation, headers and cookies to forward.',
    ],
    fix: [
      'Call the function the Route Handler calls (a query or service module marked `server-only`) straight from the Server Component. Keep the Route Handler for callers outside your React tree: a mobile app, a partner, the browser after the page has loaded.',
    ],
    code: [
      {
        kind: 'wrong',
        file: 'app/products/page.tsx',
        code: "export default async function Products() {\n  const response = await fetch('/api/products') // no server here at build time\n  const { products } = await response.json()\n  return <ProductList products={products} />\n}",
      },
      {
        kind: 'right',
        file: 'app/products/page.tsx',
        code: "import { listProducts } from '@/features/products/queries' // 'server-only' inside\n\nexport default async function Products() {\n  const products = await listProducts()\n  return <ProductList products={products} />\n}",
      },
    ],
    recipes: ['public-page-that-ranks', 'private-page', 'public-api'],
    readNext: [guide.serverComponents, guide.routeHandlers],
    readersWords: [
      'build fails',
      'CI',
      'Docker',
      'localhost',
      'own API',
      'Route Handler from a Server Component',
      'prerender',
    ],
    checkedBy:
      'Node’s texts are triggered by a unit test with the same fetch (lib/errors/node-messages.test.ts); the Next.js line is found in both installed versions.',
  },
  {
    slug: 'body-exceeded-limit',
    title: 'Body exceeded 1 MB limit',
    description:
      'A Server Action answers 500 and the server logs “Body exceeded 1 MB limit.”: the request body is larger than serverActions.bodySizeLimit. Check the size first, or upload to storage.',
    place: 'server-log',
    messages: [
      {
        text: 'Body exceeded {limit} limit.',
        source: 'next',
        where: 'the server’s log, then a link to the bodySizeLimit setting',
      },
    ],
    placeholders: { limit: 'the configured limit as Next.js prints it: 1 MB unless next.config raises it' },
    when: [
      'A form sends a file or a large text to a Server Action: a photo, a PDF, a pasted document. Small files work; a larger one fails.',
    ],
    cause: [
      'Next.js counts the body of every Server Action request while it reads it, before your action runs, and stops past `serverActions.bodySizeLimit` (1 MB by default; multipart boundaries and headers count too). The request then answers 500 with the framework’s error page, not 413, so no code of yours can turn it into a field error.',
    ],
    fix: [
      'Check `file.size` in the browser before sending, and keep the action’s own limit below the cap with room for the multipart overhead, so readers get your message instead of an error page.',
      'For large files, let the browser upload straight to storage with a signed URL and send the action only the key.',
      'Raise the cap only when a little more is enough: `experimental.serverActions.bodySizeLimit` in next.config. It applies to every action of the app, and the whole body is read into memory.',
    ],
    code: [
      {
        kind: 'right',
        file: 'next.config.ts',
        code: "const config = {\n  experimental: { serverActions: { bodySizeLimit: '2mb' } },\n}\nexport default config",
      },
    ],
    recipes: ['small-file-upload', 'large-file-upload'],
    readNext: [docs.bodySizeLimit, guide.serverActions],
    readersWords: [
      'upload',
      'file too large',
      '413',
      '500',
      'image',
      'photo',
      'bodySizeLimit',
      'payload too large',
    ],
    checkedBy:
      'Reproduced under next start on 16.4.6 and 15.5.29: a 2 MB action body answers 500 and the server logs this line (tests/example-app/errors.ts).',
  },
  {
    slug: 'failed-to-find-server-action',
    title: 'Failed to find Server Action',
    description:
      '“Failed to find Server Action. This request might be from an older or newer deployment.”: the action id the browser sent belongs to another build. Reload, share one build, or use a Route Handler.',
    place: 'server-log',
    messages: [
      {
        text: 'Failed to find Server Action{id}. This request might be from an older or newer deployment.',
        source: 'next',
        where: 'the server’s log, then a “Read more” link',
      },
    ],
    placeholders: {
      id: 'a space and the unknown action id in quotes, such as “ "7f0c…"”; nothing when the request names none',
    },
    when: [
      'After a deploy, a reader whose tab was open before it presses a button, and nothing happens; or the error comes and goes on a site that runs several servers.',
      'Another client (a mobile app, a script) calls a Server Action with a `Next-Action` header copied from the browser, and it breaks with the next build.',
    ],
    cause: [
      'The browser calls an action by an id that next build generates. A page loaded from the old build sends an id the new build does not know, and so does any instance that was built separately from the others. Next.js answers 404 (Next.js 16: 409) and logs this line.',
    ],
    fix: [
      'A reload fixes a stale tab. For rolling deploys, set a `deploymentId` so Next.js detects the skew and loads the new version, or keep old versions reachable (skew protection on your platform).',
      'Run every instance from the same build, and give them the same `NEXT_SERVER_ACTIONS_ENCRYPTION_KEY`.',
      'Give other clients a Route Handler with a path you choose and keep: an action id is no contract.',
    ],
    onNext15: 'Next.js 15.5 answers the unknown action with 404 instead of 409, and logs the same line.',
    recipes: ['mobile-app-endpoint', 'shared-rule'],
    readNext: [docs.versionSkew, docs.encryptionKey, guide.serverActions],
    readersWords: [
      'deploy',
      'deployment',
      'version skew',
      'Next-Action',
      '409',
      '404',
      'action id',
      'several servers',
    ],
    checkedBy:
      'Reproduced under next start on 16.4.6 and 15.5.29: a POST with a made-up Next-Action id gets 409 (16) or 404 (15), and the server logs this line (tests/example-app/errors.ts).',
  },
  {
    slug: 'body-is-unusable',
    title: 'Body is unusable: Body has already been read',
    description:
      'A Route Handler throws “TypeError: Body is unusable: Body has already been read”: the request body was read twice. Read it once and keep the value.',
    place: 'server-log',
    messages: [
      {
        text: 'TypeError: Body is unusable: Body has already been read',
        source: 'node',
        where: 'the server’s log, and a 500 for the caller',
      },
    ],
    when: [
      'A Route Handler reads the body twice: `await request.json()` to check a field, then `await request.text()` to verify a signature, or a helper that reads the request it was given after you already did.',
    ],
    cause: [
      'A request body is a stream that can be read once. After `json()`, `text()`, `formData()` or `arrayBuffer()`, the body is used, and every further read throws.',
    ],
    fix: [
      'Read the body once into a variable and pass that value on (the raw text when a signature needs it, then `JSON.parse` it yourself).',
      'When two readers really need the request itself, call `request.clone()` before the first read.',
    ],
    code: [
      {
        kind: 'wrong',
        file: 'app/api/webhooks/route.ts',
        code: 'export async function POST(request: Request) {\n  const event = await request.json()\n  const raw = await request.text() // throws: the body is already read\n  // …\n}',
      },
      {
        kind: 'right',
        file: 'app/api/webhooks/route.ts',
        code: 'export async function POST(request: Request) {\n  const raw = await request.text()\n  // verify the signature of raw, then:\n  const event = JSON.parse(raw)\n  // …\n}',
      },
    ],
    recipes: ['signed-webhook', 'body-signature-webhook', 'standard-webhook'],
    readNext: [docs.requestBody, guide.webhooks],
    readersWords: ['request.json twice', 'clone', 'stream', 'body used', 'bodyUsed', 'Route Handler'],
    checkedBy: 'Triggered by a unit test that reads a Request twice (lib/errors/node-messages.test.ts).',
  },
  {
    slug: 'redirect-caught-by-try-catch',
    title: 'redirect() caught by try/catch: NEXT_REDIRECT',
    description:
      'redirect() in a Server Action does nothing and a caught error reads “NEXT_REDIRECT”: redirect works by throwing. Call it after the try/catch, or rethrow.',
    place: 'server-log',
    messages: [
      {
        text: 'NEXT_REDIRECT',
        source: 'next',
        where: 'the message of the error your catch block logs or shows',
      },
    ],
    when: [
      'A Server Action (or a Server Component) wraps its work in try/catch and calls `redirect()` inside the try. The work is saved, but the page stays, shows your catch block’s message, or logs an error whose message is NEXT_REDIRECT.',
    ],
    cause: [
      '`redirect()` (like `notFound()`, `forbidden()` and `unauthorized()`) stops your code by throwing a special error that Next.js catches further up. A catch block around it catches that error first and treats the redirect as a failure.',
    ],
    fix: [
      'Call `redirect()` after the try/catch, once the work has succeeded.',
      'Or call `unstable_rethrow(error)` as the first line of the catch block: it throws Next.js’s own errors on and leaves yours to you.',
    ],
    code: [
      {
        kind: 'wrong',
        file: 'app/invitations/actions.ts',
        code: "'use server'\nimport { redirect } from 'next/navigation'\n\nexport async function invite(formData: FormData) {\n  try {\n    const invitation = await saveInvitation(formData)\n    redirect(`/invitations/${invitation.id}`) // throws, caught below\n  } catch (error) {\n    return { message: 'Could not send the invitation.' }\n  }\n}",
      },
      {
        kind: 'right',
        file: 'app/invitations/actions.ts',
        code: "'use server'\nimport { redirect } from 'next/navigation'\n\nexport async function invite(formData: FormData) {\n  let invitation\n  try {\n    invitation = await saveInvitation(formData)\n  } catch (error) {\n    return { message: 'Could not send the invitation.' }\n  }\n  redirect(`/invitations/${invitation.id}`)\n}",
      },
    ],
    recipes: ['form-without-javascript'],
    readNext: [docs.redirect, docs.rethrow, guide.serverActions],
    readersWords: ['redirect not working', 'try catch', 'notFound', 'Server Action', 'digest'],
    checkedBy:
      'A unit test calls the redirect() of each installed version inside try/catch and reads the caught message (lib/errors/node-messages.test.ts).',
  },
  {
    slug: 'cookies-headers-without-await',
    title: 'cookies() or headers() used without await',
    description:
      'cookies().get is not a function (Next.js 16), or “cookies() should be awaited before using its value” (Next.js 15): cookies() and headers() return a Promise. Await them.',
    place: 'server-log',
    messages: [
      {
        text: '{call}.get is not a function',
        source: 'node',
        versions: ['16'],
        where: 'the server’s log as a TypeError, and the error page for the reader',
      },
      {
        text: '{route} used {expression}. `cookies()` should be awaited before using its value.',
        source: 'next',
        versions: ['15'],
        where: 'the log of next dev on Next.js 15',
      },
      {
        text: '{route} used {expression}. `headers()` should be awaited before using its value.',
        source: 'next',
        versions: ['15'],
        where: 'the log of next dev on Next.js 15',
      },
    ],
    placeholders: {
      call: 'the call as written or as the bundler renamed it, such as cookies(...) or (0 , s.cookies)(...)',
      route: 'the route that did it, written as Route "/dashboard" (or This route)',
      expression: 'what it read, such as `cookies().get`',
    },
    when: [
      "Code written for Next.js 14 or earlier reads `cookies().get('session')` or `headers().get('user-agent')` in a Server Component, a Server Action or a Route Handler.",
    ],
    cause: [
      'Since Next.js 15, `cookies()`, `headers()` and `draftMode()` return a Promise, as do `params` and `searchParams`. Next.js 15 still let you use them without await and warned in development; Next.js 16 returns only the Promise, which has no `get` method.',
    ],
    fix: [
      "Await them: `const session = (await cookies()).get('session')`. The function around them becomes async; in a client component, read `params` with `use()` or `useParams()` instead. The `next-async-request-api` codemod rewrites most call sites.",
    ],
    onNext15:
      'Next.js 15 runs the synchronous call and prints the warning above in next dev; a production build says nothing. Code that relies on it breaks on 16.',
    code: [
      {
        kind: 'wrong',
        file: 'lib/auth.ts',
        code: "import { cookies } from 'next/headers'\n\nexport function sessionId() {\n  return cookies().get('session')?.value\n}",
      },
      {
        kind: 'right',
        file: 'lib/auth.ts',
        code: "import { cookies } from 'next/headers'\n\nexport async function sessionId() {\n  return (await cookies()).get('session')?.value\n}",
      },
    ],
    recipes: ['private-page', 'role-checked-action'],
    readNext: [docs.cookies, docs.headers, guide.serverComponents],
    readersWords: [
      'await cookies',
      'sync dynamic APIs',
      'Promise',
      'upgrade to 15',
      'upgrade to 16',
      'params',
      'headers().get',
    ],
    checkedBy:
      'The Next.js 15 lines are found in its installed code; Next.js 16’s cookies() returns a plain Promise, and a unit test reads .get on one and compares Node’s TypeError (lib/errors/node-messages.test.ts).',
  },
  {
    slug: 'cors-preflight-blocked',
    title: 'Blocked by CORS policy: response to preflight request doesn’t pass access control check',
    description:
      'The browser console says a fetch was “blocked by CORS policy”, no Access-Control-Allow-Origin header on the preflight: the Route Handler does not answer OPTIONS for that origin.',
    place: 'browser',
    messages: [
      { text: preflightBlocked, source: 'browser', where: 'the console of Chromium-based browsers' },
    ],
    placeholders: {
      url: 'the address the page fetched',
      origin: 'the origin of the page that asked, such as chrome-extension://… or https://app.example.com',
    },
    when: [
      'A page on another origin (another domain or port, a browser extension, a front end on its own host) calls your Route Handler with `Content-Type: application/json` or an `Authorization` header. The request never reaches your POST handler; the fetch rejects with TypeError: Failed to fetch.',
    ],
    cause: [
      'For such a request the browser first sends an OPTIONS preflight and asks your server whether that origin may send it. A route.ts without an OPTIONS export gets Next.js’s automatic answer: 204 with an `Allow` header and no `Access-Control-Allow-Origin`, so the browser stops.',
    ],
    fix: [
      'Export OPTIONS from the route.ts and answer allowed origins with `Access-Control-Allow-Origin` (the origin itself, not `*` when cookies or tokens are sent), `Access-Control-Allow-Methods` and `Access-Control-Allow-Headers`. Send `Access-Control-Allow-Origin` on the real responses too, errors included.',
      'If the page is yours, serve it from the same origin instead, or call the API from your server.',
    ],
    code: [
      {
        kind: 'right',
        file: 'app/api/extension/audits/route.ts',
        code: "const allowed = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop'\n\nexport function OPTIONS(request: Request) {\n  if (request.headers.get('origin') !== allowed) return new Response(null, { status: 403 })\n  return new Response(null, {\n    status: 204,\n    headers: {\n      'Access-Control-Allow-Origin': allowed,\n      'Access-Control-Allow-Methods': 'POST',\n      'Access-Control-Allow-Headers': 'authorization, content-type',\n      Vary: 'Origin',\n    },\n  })\n}",
      },
    ],
    recipes: ['browser-extension-endpoint', 'public-api'],
    readNext: [docs.cors, docs.preflight, guide.otherClients],
    readersWords: [
      'CORS',
      'preflight',
      'OPTIONS',
      'Access-Control-Allow-Origin',
      'Failed to fetch',
      'extension',
      'another domain',
    ],
    checkedBy:
      'Reproduced in Chromium under next start on 16.4.6 and 15.5.29: a page on another origin posts JSON to the mobile route and the console prints this line (tests/example-app/errors.ts).',
  },
  {
    slug: 'route-handler-405',
    title: '405 Method Not Allowed from a Route Handler',
    description:
      'A Route Handler answers 405 Method Not Allowed with an empty body: route.ts does not export a function for that method. Export GET, POST… by name.',
    place: 'response',
    messages: [
      {
        text: '405 Method Not Allowed',
        source: 'node',
        where: 'the status line of the response (the network panel, the caller’s log)',
      },
    ],
    when: [
      'A scheduler, a form or another service calls a route with a method the file does not handle: a cron service sends GET to a route that exports POST, a form posts to a route that exports only GET, or the handler is named `get` or exported as default.',
    ],
    cause: [
      'A route.ts answers only the HTTP methods it exports as named, upper-case functions (`GET`, `POST`, `PUT`, `PATCH`, `DELETE`, `HEAD`, `OPTIONS`). For any other method Next.js answers 405 with an empty body and, unlike a pages/api route that sets it, no `Allow` header; only an OPTIONS request lists what the file exports.',
    ],
    fix: [
      'Export the method the caller sends, spelled `export async function GET(request: Request)`. For a scheduler that can only send GET, export GET, check its secret first and keep the work safe to repeat.',
      'If the caller is wrong (a form that should GET a page, a client that should POST), fix the caller instead.',
    ],
    code: [
      {
        kind: 'wrong',
        file: 'app/api/reports/route.ts',
        code: 'export default async function handler(request: Request) {\n  // a default export answers nothing: every method gets 405\n}',
      },
      {
        kind: 'right',
        file: 'app/api/reports/route.ts',
        code: 'export async function GET(request: Request) {\n  // …\n}\n\nexport async function POST(request: Request) {\n  // …\n}',
      },
    ],
    recipes: ['hosted-cron', 'public-api', 'signed-webhook'],
    readNext: [docs.route, guide.routeHandlers],
    readersWords: ['405', 'method not allowed', 'cron', 'GET', 'POST', 'Allow header', 'route.ts'],
    checkedBy:
      'Reproduced under next start on 16.4.6 and 15.5.29: a POST to a GET-only route answers 405, an empty body and no Allow header; OPTIONS lists the methods (tests/example-app/errors.ts).',
  },
  {
    slug: 'webhook-signature-never-matches',
    title: 'Webhook signature never matches after parsing the body as JSON',
    description:
      'Every webhook delivery fails its signature check: the body was parsed as JSON and serialised again before verifying. Verify the raw text, then parse it.',
    place: 'response',
    messages: [
      {
        text: signatureMismatch,
        source: 'app',
        where: 'the example app’s 400 answer; a provider’s library says it in its own words',
      },
    ],
    when: [
      'You verify a provider’s signature with `JSON.stringify(await request.json())`, or in pages/api with `JSON.stringify(req.body)`. Every delivery is refused, even with the right secret, and the provider retries.',
    ],
    cause: [
      'The provider signed the exact bytes it sent. Parsing and serialising again changes them: spaces, line breaks, key order, escaped characters. The HMAC of different bytes never matches. In pages/api, the default body parser has already turned the body into an object.',
    ],
    fix: [
      'In a Route Handler, read `await request.text()` once, verify the signature of that text, then `JSON.parse` it.',
      'In pages/api, turn the parser off with `export const config = { api: { bodyParser: false } }` and read the raw bytes from the request stream.',
    ],
    code: [
      {
        kind: 'wrong',
        file: 'app/api/webhooks/stripe/route.ts',
        code: "const event = await request.json()\nconst ok = await verify(JSON.stringify(event), request.headers.get('stripe-signature'))",
      },
      {
        kind: 'right',
        file: 'app/api/webhooks/stripe/route.ts',
        code: "const raw = await request.text()\nconst ok = await verify(raw, request.headers.get('stripe-signature'))\nif (!ok) return Response.json({ error: 'invalid_signature' }, { status: 400 })\nconst event = JSON.parse(raw)",
      },
    ],
    recipes: ['signed-webhook', 'body-signature-webhook', 'standard-webhook', 'pages-api-webhook'],
    readNext: [docs.webhooks, guide.webhooks, guide.pagesWebhook],
    readersWords: [
      'webhook',
      'HMAC',
      'signature',
      'Stripe',
      'GitHub',
      'raw body',
      'bodyParser',
      'No signatures found',
    ],
    checkedBy:
      'Reproduced under next start on 16.4.6 and 15.5.29: a formatted event verifies, the same event serialised again gets 400 with this message (tests/example-app/errors.ts).',
  },
  {
    slug: 'get-route-handler-same-data',
    title: 'A GET Route Handler keeps returning the same data',
    description:
      'A GET Route Handler answers old data after a change: it is cached by force-static or revalidate, by your own Cache-Control, or it ran at build time. Make it dynamic and say no-store.',
    place: 'symptom',
    when: [
      'You changed a record, but the GET route (a status you poll, a list the browser fetches) keeps answering what it said before, until a rebuild or for a while.',
    ],
    cause: [
      "Next.js 15 and 16 run a GET handler per request by default, so something opted it into a cache: `export const dynamic = 'force-static'` or `export const revalidate = …` in the route.ts (the answer is made at build time or once per period), a `fetch` inside it with `cache: 'force-cache'`, or a `Cache-Control` header with `max-age` that lets the browser and any CDN keep the answer.",
      'Code from Next.js 14 or earlier may rely on the old default, when a GET handler without request reads was static.',
    ],
    fix: [
      'For data that changes per reader or per moment, remove `force-static` and `revalidate` from the route and answer with `Cache-Control: no-store`.',
      'For public data worth caching, keep the cache and expire it when the data changes: `revalidatePath` or `revalidateTag` in the code that writes.',
    ],
    onNext15:
      'The same on Next.js 15.5: GET handlers are dynamic by default since 15.0. Before 15, a GET handler that read nothing of the request was prerendered at build time.',
    code: [
      {
        kind: 'wrong',
        file: 'app/api/imports/[id]/route.ts',
        code: "export const dynamic = 'force-static' // answered once, at build time\n\nexport async function GET(request: Request, { params }: RouteContext<'/api/imports/[id]'>) {\n  return Response.json(await importStatus((await params).id))\n}",
      },
      {
        kind: 'right',
        file: 'app/api/imports/[id]/route.ts',
        code: "export async function GET(request: Request, { params }: RouteContext<'/api/imports/[id]'>) {\n  const status = await importStatus((await params).id)\n  return Response.json(status, { headers: { 'Cache-Control': 'no-store' } })\n}",
      },
    ],
    recipes: ['poll-a-job', 'hosted-cron', 'public-api'],
    readNext: [docs.caching, guide.routeHandlers],
    readersWords: [
      'stale',
      'cached',
      'cache',
      'force-static',
      'revalidate',
      'no-store',
      'old data',
      'polling',
    ],
    checkedBy:
      'Checked under next start on 16.4.6 and 15.5.29: a GET after a POST lists the new record (no cache by default), and the public route sends exactly the Cache-Control it sets (tests/example-app/errors.ts). The cached case needs force-static, which the example app does not ship.',
  },
  {
    slug: 'webhook-redirected-to-sign-in',
    title: 'A webhook gets a 307 to the sign-in page',
    description:
      'The provider reports a 307 or 308 for every delivery, and nothing reaches your handler: the auth check in proxy.ts (middleware.ts on 15) runs for the webhook’s path. Keep it out of the matcher.',
    place: 'symptom',
    when: [
      'A provider’s delivery log shows each call to your webhook answered with a redirect (307 Temporary Redirect, or 308), often with `Location` pointing at your sign-in page, and the events never arrive. The same can happen to a sign-in callback or a cron URL.',
    ],
    cause: [
      'The optimistic session check in `proxy.ts` (Next.js 16) or `middleware.ts` (15) runs for every path its `matcher` lets in, and one without a matcher runs for every request. A webhook never carries your session cookie, so the check sends it to sign in; most providers count a redirect as a failed delivery rather than follow it.',
    ],
    fix: [
      'Give the check a `matcher` that names only the sections it guards (for example `/members/:path*`), or exclude `/api/webhooks`, `/auth` and your cron paths with a negative match. The webhook proves who sent it with its signature, checked in the handler.',
      'Keep the real checks next to the data: a matcher only decides where the early redirect applies.',
    ],
    onNext15:
      'On Next.js 15 the file is `middleware.ts` and its function `middleware`; the `config.matcher` is the same. Next.js 16 still runs a `middleware.ts` but warns that the convention is deprecated.',
    code: [
      {
        kind: 'wrong',
        file: 'proxy.ts',
        code: '// No matcher: the check runs for every path, webhooks and the sign-in callback included.\nexport function proxy(request: NextRequest) {\n  return requireSessionCookie(request)\n}',
      },
      {
        kind: 'right',
        file: 'proxy.ts',
        code: "export function proxy(request: NextRequest) {\n  return requireSessionCookie(request)\n}\n\nexport const config = {\n  // Only the section it guards: webhooks, /auth/ and cron URLs never meet it.\n  matcher: ['/members/:path*'],\n}",
      },
    ],
    recipes: ['protect-pages-and-actions', 'signed-webhook', 'sign-in-callback'],
    readNext: [docs.proxyMatcher, guide.webhooks],
    readersWords: ['307', '308', 'redirect', 'middleware', 'proxy', 'matcher', 'webhook', 'sign in', 'login'],
    checkedBy:
      'Checked under next start on 16.4.6 and 15.5.29: without a session cookie, /members answers 307 to /auth/sign-in, while the webhook path and /auth/callback are left alone by the matcher (tests/example-app/sign-in-and-access.ts).',
  },
  {
    slug: 'server-action-page-does-not-change',
    title: 'A Server Action runs, but the page does not change',
    description:
      'The action saves, but the page still shows the old data until a reload: nothing told Next.js that the page’s data changed. Revalidate the path or tag, or refresh.',
    place: 'symptom',
    when: [
      'A form or button calls a Server Action; the database has the change, but the list on the page stays as it was until you reload (or, on a prerendered page, until a rebuild).',
    ],
    cause: [
      'After an action, Next.js re-renders the page only if the action says that something changed: the page and its cached data are otherwise kept. Often the page is also prerendered (no request-time reads), so its HTML was made at build time.',
      'Or the page did re-render, but a client component copied the old props into `useState` and keeps showing its own copy.',
    ],
    fix: [
      "After the write, call `revalidatePath('/projects')` for the pages that show the data, or `revalidateTag(tag, 'max')` for cached reads tagged with it. On Next.js 16, `updateTag(tag)` expires a tag at once for the reader who acted, and `refresh()` re-renders the current page without touching caches.",
      'Let client components show props as they come (or key them by the data), rather than copying them into state once.',
    ],
    onNext15:
      'Next.js 15 takes `revalidateTag(tag)` with one argument and has neither `updateTag()` nor `refresh()`; `revalidatePath()` works the same.',
    code: [
      {
        kind: 'right',
        file: 'app/projects/actions.ts',
        code: "'use server'\nimport { revalidatePath } from 'next/cache'\n\nexport async function archiveProject(formData: FormData) {\n  await archive(String(formData.get('id')))\n  revalidatePath('/projects')\n}",
      },
    ],
    recipes: ['delete-row-at-once', 'optimistic-toggle', 'form-with-field-errors'],
    readNext: [docs.revalidatePath, docs.refresh, guide.serverActions],
    readersWords: [
      'stale',
      'not updating',
      'reload',
      'revalidatePath',
      'revalidateTag',
      'router.refresh',
      'cache',
    ],
    checkedBy:
      'The example app’s delete-row check shows the row gone in the answer to the one action call (tests/example-app/uploads-and-batches.ts); no message to compare.',
  },
]
