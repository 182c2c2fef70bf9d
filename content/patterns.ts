import type { BoundaryId } from './boundaries'

/**
 * The pattern pages under /patterns: for each one, the example files it shows (with the role of
 * each), what to check before shipping, and the Run panel targets. The prose lives in the page.
 */

export type PatternFile = { file: string; role: string; region?: string; lines?: string }

export type Pattern = {
  slug: string
  title: string
  boundaries: BoundaryId[]
  files: PatternFile[]
  checks: string[]
  runTargets: string[]
}

export const patterns: Pattern[] = [
  {
    slug: 'read-for-render',
    title: 'Read data for a page',
    boundaries: ['server-component'],
    files: [
      { file: 'app/projects/page.tsx', role: 'the Server Component that reads and renders' },
      { file: 'app/dashboard/projects/page.tsx', role: 'a per-user page: the session, then the query' },
      { file: 'features/projects/queries.ts', role: 'the reads, shared by pages and GET routes' },
    ],
    checks: [
      'The page calls the query function directly; it never fetches its own /api URL.',
      'Queries import "server-only", so a client component that imports one fails the build.',
      'Per-user pages read the session on the server and filter by owner in the query.',
    ],
    runTargets: ['projects-page'],
  },
  {
    slug: 'ui-mutation',
    title: 'Change data from your own UI',
    boundaries: ['server-action', 'service'],
    files: [
      {
        file: 'app/settings/actions.ts',
        role: 'the Server Action: authenticate, validate, save, revalidate',
      },
      { file: 'app/settings/profile-form.tsx', role: 'the form, with useActionState for field errors' },
      {
        file: 'features/settings/validation.ts',
        role: 'the profile schema, shared with pages/api/settings.ts',
      },
      { file: 'app/dashboard/projects/actions.ts', role: 'status changes through the service' },
      { file: 'app/contact/actions.ts', role: 'a public form with a honeypot' },
      { file: 'app/admin/projects/actions.ts', role: 'a delete button in an admin table' },
    ],
    checks: [
      'Anyone can POST to an action, not only your form: an action that changes someone’s data reads the session itself, and a public form such as the contact action gets a bot check and a rate limit instead.',
      'Keep the session cookie HttpOnly, Secure and SameSite=Lax: Next.js refuses an action whose Origin names another host, but lets a request without an Origin header through.',
      'Validate FormData with a schema and return field errors; keep what the reader typed.',
      'Authorize in the service (ownership, roles), not by hiding buttons.',
      "Call revalidatePath for each page that shows the changed data, or revalidateTag(tag, 'max') or updateTag(tag) for tagged data. On Next.js 15, revalidateTag takes only the tag, and updateTag does not exist.",
      'The form has an action attribute, so it works before JavaScript loads.',
    ],
    runTargets: ['update-profile', 'change-status', 'contact', 'remove-project'],
  },
  {
    slug: 'webhook',
    title: 'Receive a webhook',
    boundaries: ['route-handler', 'service'],
    files: [
      { file: 'app/api/webhooks/stripe/route.ts', role: 'the Route Handler the provider calls' },
      {
        file: 'features/billing/stripe-signature.ts',
        role: 'Stripe’s scheme: HMAC-SHA256 of timestamp and body with Web Crypto, timestamp tolerance',
      },
      { file: 'features/billing/webhook-events.ts', role: 'what an event changes, once per event id' },
      {
        file: 'features/billing/subscriptions.ts',
        role: 'the subscription rule every entry point calls: canceled is final',
      },
    ],
    checks: [
      'Read the raw body before parsing, since the signature covers the exact bytes: request.text() decodes it as UTF-8, so a binary or non-UTF-8 payload needs request.arrayBuffer().',
      'Compare signatures in constant time (crypto.subtle.verify does) and, where the scheme signs a timestamp, reject one more than five minutes from now.',
      'Remember event or delivery ids: providers retry, and a replayed delivery must change nothing; with no signed timestamp, the id is the only guard against a replay.',
      'Answer 2xx for event types you ignore, or the provider retries them for days.',
    ],
    runTargets: ['stripe-webhook'],
  },
  {
    slug: 'external-client',
    title: 'Serve a mobile app or an extension',
    boundaries: ['route-handler', 'service'],
    files: [
      { file: 'app/api/mobile/places/route.ts', role: 'bearer token, zod body, 401 / 422 / 201' },
      {
        file: 'app/api/projects/[id]/archive/route.ts',
        role: 'the dashboard’s archive rule, for the mobile app',
      },
      { file: 'app/api/extension/audits/route.ts', role: 'CORS for one extension origin, with OPTIONS' },
      { file: 'lib/extension-request.ts', role: 'the origin and token checks both extension routes make' },
      { file: 'lib/cors.ts', role: 'the allowed origin and the preflight answer' },
      { file: 'lib/auth.ts', role: 'session cookies for the web, bearer tokens for other clients' },
    ],
    checks: [
      'Authenticate with a token issued to that client; a cookie session is for your own web pages.',
      'Answer 401 with WWW-Authenticate when the token is missing, 422 with field messages when the body is invalid.',
      'Allow one explicit origin for CORS, never * on a route that takes credentials, and answer OPTIONS.',
      'Go through the same service as the web UI, so both clients obey one rule.',
    ],
    runTargets: ['mobile-places', 'archive-project', 'extension-audits'],
  },
  {
    slug: 'custom-response',
    title: 'Send a file, a feed or public JSON',
    boundaries: ['route-handler'],
    files: [
      { file: 'app/api/export/projects/route.ts', role: 'a CSV download with Content-Disposition' },
      { file: 'lib/csv.ts', role: 'quoting and spreadsheet formula escaping' },
      { file: 'app/feed.xml/route.ts', role: 'an RSS feed with XML escaping' },
      { file: 'lib/xml.ts', role: 'escaping text for an XML element or attribute' },
      { file: 'app/api/public/products/route.ts', role: 'public JSON with cache headers' },
    ],
    checks: [
      'Set Content-Type, and Content-Disposition for downloads.',
      'Escape for the format: CSV quoting, plus a leading apostrophe for a cell that starts with =, +, -, @, a tab or a carriage return; XML entities in feeds.',
      'A GET handler is not cached by default: set Cache-Control yourself, or opt in to caching on purpose.',
      'Private data gets Cache-Control: private, no-store.',
    ],
    runTargets: ['export-projects', 'feed', 'public-products'],
  },
  {
    slug: 'client-driven-fetch',
    title: 'Fetch from the browser after the page loads',
    boundaries: ['route-handler'],
    files: [
      { file: 'app/api/search/route.ts', role: 'suggestions for a query' },
      { file: 'app/search/search-box.tsx', role: 'the client component: debounce and abort' },
      { file: 'app/api/imports/[id]/route.ts', role: 'a status the page polls' },
    ],
    checks: [
      'Debounce typing and abort the previous request, so an old answer never replaces a newer one.',
      'Validate query parameters and answer 400 with a sentence, not an exception.',
      'Say how long an answer may be cached: a few seconds for suggestions, no-store for a status.',
    ],
    runTargets: ['search', 'import-status'],
  },
  {
    slug: 'shared-service',
    title: 'One rule for several entry points',
    boundaries: ['service', 'server-action', 'route-handler'],
    files: [
      { file: 'features/projects/service.ts', role: 'the rule: Draft → Active → Archived, owner only' },
      { file: 'features/projects/validation.ts', role: 'the schemas every entry point parses with' },
      { file: 'app/dashboard/projects/actions.ts', role: 'entry point 1: the dashboard' },
      { file: 'app/api/projects/[id]/archive/route.ts', role: 'entry point 2: the mobile app' },
      { file: 'app/api/cron/cleanup/route.ts', role: 'entry point 3: a hosted scheduler, with a secret' },
      { file: 'lib/cron-secret.ts', role: 'the scheduler’s secret, compared in constant time' },
      { file: 'scripts/nightly-cleanup.ts', role: 'entry point 4: a script a crontab runs' },
    ],
    checks: [
      'The service takes an authenticated user and plain values, never a Request or FormData.',
      'It returns a result the entry points map to their own shape: a message for the form, a status for HTTP.',
      'Another user’s record answers like a missing one, so ids cannot be probed.',
      'Test the rule once, in the service; test each entry point for its own refusals.',
    ],
    runTargets: ['change-status', 'archive-project'],
  },
  {
    slug: 'pages-api',
    title: 'Endpoints in the Pages Router',
    boundaries: ['api-route'],
    files: [
      { file: 'pages/api/hello.ts', role: 'one handler for every method' },
      { file: 'pages/api/v1/projects.ts', role: 'the project rules, for a session or a mobile token' },
      { file: 'pages/api/webhooks/payments.ts', role: 'a raw-body webhook with bodyParser: false' },
      { file: 'pages/api/settings.ts', role: 'where a settings form posts, without Server Actions' },
      { file: 'pages/api/v1/search.ts', role: 'suggestions the browser fetches while the reader types' },
      { file: 'pages/find-projects.tsx', role: 'the page that fetches them: debounce and abort' },
      { file: 'pages/api/v1/export/projects.ts', role: 'a CSV download with res.setHeader and res.send' },
      { file: 'pages/my-projects.tsx', role: 'no endpoint: getServerSideProps calls the query' },
      { file: 'features/projects/pages-queries.ts', role: 'the query, without the server-only marker' },
    ],
    checks: [
      'Check request.method and answer 405 with an Allow header for the rest.',
      'A route that takes the session cookie refuses cross-site posts itself: Next.js checks Origin only for Server Actions, and a form-encoded body arrives parsed in request.body.',
      'Turn off the body parser where you need the raw bytes, and read the stream yourself.',
      'Share services with the App Router while you migrate: the webhook logic here is the same module.',
    ],
    runTargets: ['pages-hello', 'pages-v1-projects', 'pages-payments-webhook'],
  },
]

export function patternBySlug(slug: string): Pattern {
  const pattern = patterns.find((candidate) => candidate.slug === slug)
  if (!pattern) throw new Error(`Unknown pattern "${slug}"`)
  return pattern
}
