/**
 * The decision graph: every question the wizard asks and every answer it gives. The wizard pages,
 * the flow diagram, the scenario pages and the tests all read this one file. `npm run build` fails,
 * naming the node, if it is broken (see lib/graph/graph-validation.ts).
 *
 * Questions ask about the feature, not about Next.js, so a reader who has never heard the words
 * "Server Action" or "Route Handler" can still answer them.
 */

const webhookChecklist = {
  rawBody:
    'Read the raw body with request.text() before parsing, since the signature covers the exact bytes; text() decodes UTF-8, so use request.arrayBuffer() for a binary or non-UTF-8 payload.',
  signature:
    'Verify the signature (or a hook’s shared secret) with a constant-time compare, and reject old timestamps where the scheme signs one.',
  idempotent: 'Make it idempotent: remember event or delivery ids, because providers retry.',
}

/** The webhook outcomes' recipes differ in how the provider proves who it is, not in the feature. */
const webhookRecipePrompt = 'How does your provider sign its calls?'

const entryPointChecklist = {
  validate: 'Validate every input with a zod schema; answer bad input with field errors, not a crash.',
  signedInChange:
    'For a change to someone’s data, read the session on every call; never trust an id, a role or a price sent by the client.',
  publicForm:
    'For a public form (contact, newsletter), nobody signs in: rate limit it by IP address or email, and add a bot check such as a honeypot field.',
  authorize:
    'Authorize ownership: check that this user may touch this record, in the entry point or the service.',
  sessionCookie:
    'Set the session cookie HttpOnly, Secure and SameSite=Lax (or Strict): the Server Action Origin check lets a request without an Origin header through.',
  crossSitePost:
    'Refuse cross-site posts yourself: Next.js checks Origin only for Server Actions, and pages/api parses a form-encoded body into req.body. Require Content-Type: application/json, refuse an Origin (or, without one, a Sec-Fetch-Site) that names another site, and set the session cookie HttpOnly, Secure and SameSite=Lax.',
  safeRead:
    'Keep it a GET that changes nothing and sends no CORS headers: another site can then make a browser call it, but never read the answer.',
}

const articles = {
  question: { title: 'The boundary question', href: '/guide/boundary-question/' },
  serverComponents: { title: 'Server Components for reads', href: '/guide/server-components/' },
  serverActions: { title: 'Server Actions for your UI’s mutations', href: '/guide/server-actions/' },
  routeHandlers: { title: 'Route Handlers for anything with a URL', href: '/guide/route-handlers/' },
  services: { title: 'Services: keep rules out of transport', href: '/guide/services/' },
  pagesRouter: { title: 'The Pages Router and pages/api', href: '/guide/pages-router/' },
  security: { title: 'Security checklist per entry point', href: '/guide/security-checklist/' },
  proxy: { title: 'Proxy: checks before a route runs', href: '/guide/proxy/' },
}

const routerAnswers = (appNext: string, pagesNext: string) => [
  {
    slug: 'app-router',
    label: 'The app/ folder (App Router)',
    help: 'Routes are folders under app/ with page.tsx and layout.tsx files. New projects start here.',
    reason:
      'The App Router offers all four boundaries: Server Components, Server Actions, Route Handlers and services.',
    next: appNext,
  },
  {
    slug: 'pages-router',
    label: 'The pages/ folder (Pages Router)',
    help: 'Each file under pages/ is a route, with _app.tsx and data functions such as getServerSideProps.',
    reason:
      'The Pages Router has no Server Actions: endpoints live in pages/api and page data comes from data functions.',
    next: pagesNext,
  },
]

const triggerAnswers = (next: {
  firstRender: string
  ourInterface: string
  browserAfterLoad: string
  otherSystem: string
  customResponse: string
}) => [
  {
    slug: 'page-needs-data',
    label: 'A page needs data to show when it first loads',
    help: 'For example a dashboard with the user’s projects, a list of orders, or a product detail page.',
    reason:
      'The page is already rendered on the server, so it can read the data there; nothing else needs a URL.',
    next: next.firstRender,
  },
  {
    slug: 'our-interface-changes-data',
    label: 'Someone uses our own interface to change something',
    help: 'For example a settings form, a like or toggle button, a delete button in an admin table, a file upload, or a contact form.',
    reason: 'A change that starts in our own interface needs no public contract: our UI is its only caller.',
    next: next.ourInterface,
  },
  {
    slug: 'browser-fetches-after-load',
    label: 'Code in the browser asks for data after the page is up',
    help: 'For example search suggestions while typing, infinite scroll, polling a job’s status, or a chat answer streamed as it is written.',
    reason:
      'Browser code that reads after the first render needs a URL it can fetch, with a response it can cache.',
    next: next.browserAfterLoad,
  },
  {
    slug: 'another-system-calls-us',
    label: 'Another system or app calls us over HTTP',
    help: 'For example a payment provider’s webhook, our mobile app, a browser extension, a partner, or a cron service.',
    reason: 'Anything outside our React tree can only reach our code through a URL with a stable contract.',
    next: next.otherSystem,
  },
  {
    slug: 'url-returns-a-file-or-feed',
    label: 'A link must return a file, a feed or another response that is not a page',
    help: 'For example a CSV export, an RSS feed, a file download, or a plain-text or JSON document.',
    reason: 'Only an endpoint controls the response itself: its headers, status code, content type and body.',
    next: next.customResponse,
  },
]

/** First answers for a browser that returns from another site, and for access to a set of pages. */
const signInAndAccessAnswers = [
  {
    slug: 'browser-returns-from-elsewhere',
    label: 'The reader’s browser comes back to us from another site (a sign-in, a payment page)',
    help: 'For example “Sign in with Google” or your company’s login, which sends the browser back to your callback URL with a code, or a hosted payment page that sends the reader back when they have paid.',
    reason:
      'The other site sends the browser to an address of ours with a GET, so it needs a URL: a Route Handler checks what comes back, sets the cookie on its redirect and sends the reader on.',
    next: 'route-handler-for-callback',
  },
  {
    slug: 'who-may-open-or-run',
    label: 'Deciding who may open a set of pages or run their actions (sign-in, roles)',
    help: 'For example a members’ area that sends signed-out visitors to the sign-in page, or an admin section only admins may use.',
    reason:
      'A check has to guard every way in: the proxy turns signed-out visitors away early, and the data functions and Server Actions check the session and the role where the data is read and changed.',
    next: 'proxy-then-checks-at-the-data',
  },
]

const sharedRuleHelp =
  'For example the same “archive a project” rule used by the dashboard, the mobile app and a nightly job.'

export const decisionGraph = {
  start: 'router',
  nodes: {
    router: {
      kind: 'question',
      prompt: 'Where do this project’s routes live?',
      help: 'Look at the top of the project. Not sure? If there is an app/ folder with page.tsx files, it is the App Router.',
      answers: routerAnswers('app-trigger', 'pages-trigger'),
    },

    'app-trigger': {
      kind: 'question',
      prompt: 'What starts this piece of code?',
      help: 'Think of one operation at a time. A feature with a page, a form and an endpoint is three operations.',
      answers: triggerAnswers({
        firstRender: 'server-component-read',
        ourInterface: 'app-ui-shared-rule',
        browserAfterLoad: 'route-handler-for-browser-fetch',
        otherSystem: 'app-caller',
        customResponse: 'route-handler-for-custom-response',
      }).concat(...signInAndAccessAnswers, {
        slug: 'work-outlives-a-request',
        label: 'The work keeps a connection open, runs for minutes, or the site has no server',
        help: 'For example a chat room or whiteboard in real time (WebSockets), a live feed, a video to transcode, a long import, or a form on a static export. One answer streamed back to one request is the answer above.',
        reason:
          'A request to a Next.js server ends when its response is sent, and a static export has no server at all, so part of this work has to run somewhere else or as a stream.',
        next: 'app-outside-kind',
      }),
    },

    'app-outside-kind': {
      kind: 'question',
      prompt: 'What does the work need that one request cannot give?',
      help: 'Pick the closest. A function on a serverless host also stops when its time limit runs out.',
      answers: [
        {
          slug: 'two-way-real-time',
          label: 'A connection that stays open both ways: chat, multiplayer, presence (WebSockets)',
          help: 'For example a shared whiteboard, a chat room, or who is online right now.',
          reason:
            'Next.js has no WebSocket server of its own, and a serverless function cannot hold a socket open, so the connection lives in a realtime server or service.',
          next: 'external-realtime',
        },
        {
          slug: 'server-pushes-updates',
          label: 'Only the server sends: live updates or progress as they happen',
          help: 'For example a live activity feed, a deploy log, or a progress bar fed by the server.',
          reason:
            'Updates that flow one way fit server-sent events: a Route Handler keeps its response open and writes each event to it.',
          next: 'route-handler-streams-events',
        },
        {
          slug: 'a-long-job',
          label: 'A job that runs for minutes: video, a large import, a report, many emails',
          help: 'For example transcoding an upload, importing a 50 000-row file, or sending a newsletter.',
          reason:
            'A request that waits minutes times out on most hosts and is lost on a deploy, so the work goes on a queue that a worker takes it from.',
          next: 'external-job',
        },
        {
          slug: 'static-export-site',
          label: 'Our site is a static export (output: export) and needs a form or a change',
          help: 'For example a contact or newsletter form on a site hosted as plain files.',
          reason:
            'A static export has no server at request time: no Server Actions and no POST handlers, so the form posts to an endpoint hosted elsewhere.',
          next: 'external-static-export',
        },
      ],
    },

    'app-ui-shared-rule': {
      kind: 'question',
      prompt: 'Does anything besides this interface need the same rule, now or soon?',
      help: sharedRuleHelp,
      answers: [
        {
          slug: 'only-this-interface',
          label: 'No, only our interface does this',
          help: 'For example a profile form, a contact form, or deleting a row from an admin table.',
          reason:
            'With one caller, the mutation can live in the action itself; extract a service when a second caller appears.',
          next: 'server-action-mutation',
        },
        {
          slug: 'other-callers-too',
          label: 'Yes, a mobile app, a webhook, a job or a partner needs it too',
          help: 'For example archiving a project from the dashboard and from the mobile app.',
          reason:
            'Two or more entry points must apply the same rule, so the rule moves into one service they all call.',
          next: 'service-with-action-and-route-handler',
        },
      ],
    },

    'app-caller': {
      kind: 'question',
      prompt: 'Who calls us?',
      help: 'The caller decides what the endpoint must check: a signature, a token, or an origin.',
      answers: [
        {
          slug: 'a-service-notifies-us',
          label: 'A third-party service notifies us (a webhook)',
          help: 'For example Stripe after a payment, GitHub after a push, or an email provider after a bounce.',
          reason:
            'A webhook posts to a URL we give the provider and signs the raw body, so we need the raw request.',
          next: 'app-webhook-shared-rule',
        },
        {
          slug: 'another-app-of-ours',
          label: 'Another app of ours: a mobile app, a browser extension, a desktop or command-line tool',
          help: 'For example the iOS app creating a record, or an extension saving the page the user is on.',
          reason:
            'A separate client needs a stable URL and a versionable contract, authenticated with a token.',
          next: 'app-client-shared-rule',
        },
        {
          slug: 'partners-or-the-public',
          label: 'Partners or the public, through an API we publish',
          help: 'For example a public product catalogue, or a partner integration that syncs orders.',
          reason:
            'A published API is a contract other people code against: it needs a URL, a documented shape and cache headers.',
          next: 'route-handler-for-public-api',
        },
        {
          slug: 'a-scheduler',
          label: 'A scheduler, on a timetable (a cron job)',
          help: 'For example a nightly clean-up, a weekly digest email, or an hourly sync.',
          reason: 'A scheduled job is one more entry point into the same rules our interface uses.',
          next: 'app-schedule-kind',
        },
      ],
    },

    'app-webhook-shared-rule': {
      kind: 'question',
      prompt: 'Does our own interface or another caller change the same data with the same rule?',
      help: sharedRuleHelp,
      answers: [
        {
          slug: 'only-the-webhook',
          label: 'No, only the webhook does this',
          help: 'For example recording that an invoice was paid.',
          reason:
            'With one caller, the handler can call the data layer directly after checking the signature.',
          next: 'route-handler-for-webhook',
        },
        {
          slug: 'other-callers-too',
          label: 'Yes, our interface or another caller does it too',
          help: 'For example a subscription that the webhook and an admin button can both cancel.',
          reason: 'Two entry points share the rule, so it lives in a service that both call.',
          next: 'service-with-webhook-route-handler',
        },
      ],
    },

    'app-client-shared-rule': {
      kind: 'question',
      prompt: 'Does our web interface do the same thing with the same rule?',
      help: sharedRuleHelp,
      answers: [
        {
          slug: 'only-that-client',
          label: 'No, only that client does this',
          help: 'For example an endpoint that stores places saved from the mobile app.',
          reason:
            'With one caller, the handler can hold the logic; extract a service when the web interface needs it.',
          next: 'route-handler-for-other-client',
        },
        {
          slug: 'our-web-interface-too',
          label: 'Yes, our web interface does it too',
          help: 'For example archiving a project, from the dashboard and from the mobile app.',
          reason:
            'The web interface (through a Server Action) and the client (through the Route Handler) share one service.',
          next: 'service-with-client-route-handler',
        },
      ],
    },

    'app-schedule-kind': {
      kind: 'question',
      prompt: 'How does the scheduler start the job?',
      help: 'Hosted schedulers usually call a URL; a server you run yourself can run a script.',
      answers: [
        {
          slug: 'it-calls-a-url',
          label: 'It calls a URL (a hosted cron service)',
          help: 'For example a platform cron that sends a GET request to a path every night.',
          reason: 'The scheduler is an outside caller, so it needs a URL protected by a shared secret.',
          next: 'route-handler-for-scheduler',
        },
        {
          slug: 'it-runs-a-script',
          label: 'It runs a script from our code base',
          help: 'For example a crontab line or a worker process that runs a TypeScript file.',
          reason: 'A script can import the rule directly: no HTTP request, so no endpoint to secure.',
          next: 'service-for-script',
        },
      ],
    },

    'pages-trigger': {
      kind: 'question',
      prompt: 'What starts this piece of code?',
      help: 'Think of one operation at a time. A feature with a page, a form and an endpoint is three operations.',
      answers: triggerAnswers({
        firstRender: 'pages-data-read',
        ourInterface: 'api-route-for-our-interface',
        browserAfterLoad: 'api-route-for-browser-fetch',
        otherSystem: 'pages-caller',
        customResponse: 'api-route-for-custom-response',
      }),
    },

    'pages-caller': {
      kind: 'question',
      prompt: 'Who calls us?',
      help: 'The caller decides what the endpoint must check: a signature, a token, or an origin.',
      answers: [
        {
          slug: 'a-service-notifies-us',
          label: 'A third-party service notifies us (a webhook)',
          help: 'For example Stripe after a payment, GitHub after a push, or an email provider after a bounce.',
          reason:
            'A provider that signs the raw body needs it byte for byte, so that API Route turns off the body parser; a hook that sends a shared secret can keep it.',
          next: 'api-route-for-webhook',
        },
        {
          slug: 'another-app-or-partner',
          label: 'Another app of ours, a partner, or a scheduler',
          help: 'For example our mobile app, a browser extension, a partner integration, or a hosted cron.',
          reason: 'Any outside caller needs a URL with a stable contract and its own authentication.',
          next: 'api-route-for-other-client',
        },
      ],
    },

    'server-component-read': {
      kind: 'outcome',
      title: 'Read it in a Server Component',
      boundaries: ['server-component'],
      reason:
        'The page renders on the server, so the component awaits a query function and renders the result. No endpoint, no extra request, no loading state for the first paint.',
      flow: ['page.tsx (Server Component)', 'query function', 'database'],
      files: [
        { path: 'app/dashboard/projects/page.tsx', role: 'the page: an async Server Component' },
        { path: 'features/projects/queries.ts', role: "reads, marked import 'server-only'" },
      ],
      examples: ['app/dashboard/projects/page.tsx', 'features/projects/queries.ts'],
      scaffold: ['app/dashboard/projects/page.tsx'],
      checklist: [
        'For data that belongs to someone, read the session in the page or the query before reading; a public page (a catalogue, a product) needs no sign-in.',
        'Filter per-user data by the signed-in user inside the query, not after it.',
        "Mark the query module import 'server-only' so it never ends up in a client bundle.",
        'Do not fetch your own /api route from the server: call the query function directly.',
      ],
      articles: [articles.serverComponents, articles.question],
    },

    'server-action-mutation': {
      kind: 'outcome',
      title: 'Use a Server Action',
      boundaries: ['server-action'],
      reason:
        'The change starts in our own interface, so a Server Action is the smallest entry point: a form can call it without JavaScript, and it can revalidate or redirect when done. It is still a public POST endpoint, so it checks everything itself.',
      flow: ['form or button', 'Server Action', 'database'],
      files: [
        {
          path: 'app/settings/actions.ts',
          role: "the action, in a 'use server' file: session, validation, save, revalidate",
        },
        {
          path: 'app/settings/profile-form.tsx',
          role: 'the form that calls it through useActionState and shows its field errors',
        },
        { path: 'features/settings/validation.ts', role: 'the zod schema for the form' },
      ],
      examples: [
        'app/settings/actions.ts',
        'app/settings/profile-form.tsx',
        'features/settings/validation.ts',
      ],
      checklist: [
        entryPointChecklist.validate,
        entryPointChecklist.signedInChange,
        entryPointChecklist.publicForm,
        entryPointChecklist.authorize,
        entryPointChecklist.sessionCookie,
        "After the change, call revalidatePath, revalidateTag(tag, 'max') or updateTag(tag), or redirect. On Next.js 15, revalidateTag takes only the tag, and updateTag does not exist.",
        'Return errors the form can show (for example with useActionState) instead of throwing.',
      ],
      articles: [articles.serverActions, articles.question, articles.security],
    },

    'service-with-action-and-route-handler': {
      kind: 'outcome',
      title: 'Put the rule in a service, called by a Server Action and a Route Handler',
      boundaries: ['service', 'server-action', 'route-handler'],
      reason:
        'Several entry points share the rule. The service holds it once; the Server Action serves our interface, the Route Handler serves the other callers, and each one stays thin: parse, authenticate, call the service, respond.',
      flow: ['form → Server Action', 'mobile app → Route Handler', 'service', 'database'],
      files: [
        { path: 'features/projects/service.ts', role: 'the rule, with no knowledge of HTTP or forms' },
        { path: 'features/projects/validation.ts', role: 'the zod schemas every entry point parses with' },
        { path: 'app/dashboard/projects/actions.ts', role: 'the Server Action for our interface' },
        { path: 'app/api/projects/[id]/archive/route.ts', role: 'the Route Handler for the other callers' },
      ],
      examples: [
        'features/projects/service.ts',
        'features/projects/validation.ts',
        'app/dashboard/projects/actions.ts',
        'app/api/projects/[id]/archive/route.ts',
      ],
      checklist: [
        entryPointChecklist.validate,
        'Authenticate in each entry point its own way: the session cookie in the action, a bearer token in the handler.',
        'Authorize ownership in the service, so no entry point can forget it.',
        entryPointChecklist.sessionCookie,
        'Keep the entry points thin: parse, authenticate, call the service, then revalidate (action) or respond (handler).',
      ],
      articles: [articles.services, articles.serverActions, articles.routeHandlers, articles.security],
    },

    'route-handler-for-browser-fetch': {
      kind: 'outcome',
      title: 'Use a GET Route Handler for the browser to fetch',
      boundaries: ['route-handler'],
      reason:
        'Browser code that reads after the page is up needs a URL. A GET Route Handler returns JSON the client can fetch, abort and cache. The first render still reads in a Server Component.',
      flow: ['client component (fetch)', 'Route Handler (GET)', 'query function', 'database'],
      files: [
        { path: 'app/api/search/route.ts', role: 'the GET handler that returns JSON' },
        { path: 'features/projects/queries.ts', role: "the query it calls, marked import 'server-only'" },
        {
          path: 'app/search/search-box.tsx',
          role: "the client component ('use client') that fetches, debounced and aborted",
        },
      ],
      examples: ['app/api/search/route.ts', 'features/projects/queries.ts', 'app/search/search-box.tsx'],
      checklist: [
        'Validate the query string; answer bad input with 400 and a message the client can show.',
        'For someone’s data (a job’s status), read the session cookie on every call and filter by that user; public suggestions need no sign-in.',
        entryPointChecklist.safeRead,
        'Decide caching on purpose: a GET handler runs on every request unless you opt in, and a polled status or other per-user answer needs Cache-Control: private, no-store.',
        'In the client, debounce and abort stale requests.',
      ],
      articles: [articles.routeHandlers, articles.serverComponents, articles.security],
    },

    'route-handler-for-webhook': {
      kind: 'outcome',
      title: 'Use a Route Handler that verifies the webhook',
      boundaries: ['route-handler'],
      reason:
        'The provider needs a URL, and it signs the raw body or sends a shared secret. A Route Handler reads the raw body, checks the signature (and its timestamp, where the scheme has one) before anything else, and answers quickly with a status code the provider understands.',
      flow: ['provider (POST)', 'Route Handler', 'database'],
      files: [
        {
          path: 'app/api/webhooks/stripe/route.ts',
          role: 'the POST handler: the raw body, the signature, then the event',
        },
        {
          path: 'features/billing/stripe-signature.ts',
          role: 'the signature check for Stripe’s scheme, with Web Crypto: constant-time, with a five-minute timestamp window (the recipes cover other schemes)',
        },
        {
          path: 'features/billing/webhook-events.ts',
          role: 'what an event changes, once per event id, with a 2xx for types it ignores',
        },
      ],
      examples: [
        'app/api/webhooks/stripe/route.ts',
        'features/billing/stripe-signature.ts',
        'features/billing/webhook-events.ts',
      ],
      checklist: [
        webhookChecklist.rawBody,
        webhookChecklist.signature,
        webhookChecklist.idempotent,
        'Answer 2xx quickly: run short, best-effort follow-up work in after() from next/server once the response is sent, and put work that must not be lost on a queue.',
      ],
      articles: [articles.routeHandlers, articles.security],
      recipePrompt: webhookRecipePrompt,
    },

    'route-handler-for-callback': {
      kind: 'outcome',
      title: 'Use a GET Route Handler for the callback',
      boundaries: ['route-handler'],
      reason:
        'The identity provider sends the browser back to a URL you registered, with a GET that carries a code and your state. A Route Handler checks the state against the cookie the sign-in start set, exchanges the code server to server, and returns a redirect that carries the session cookie.',
      flow: [
        'browser → /auth/sign-in (Route Handler)',
        'identity provider',
        'browser → /auth/callback (Route Handler)',
        'token endpoint',
        'redirect with the session cookie',
      ],
      files: [
        {
          path: 'app/auth/sign-in/route.ts',
          role: 'starts the sign-in: state and a PKCE verifier in a short-lived HttpOnly cookie, then the provider',
        },
        {
          path: 'app/auth/callback/route.ts',
          role: 'where the browser comes back: checks the state, exchanges the code, sets the session on the redirect',
        },
        {
          path: 'features/sign-in/identity-provider.ts',
          role: 'the provider’s endpoints, and the code exchange with the client secret and the verifier',
        },
        {
          path: 'features/sign-in/return-to.ts',
          role: 'keeps the page to return to on this site',
        },
      ],
      examples: [
        'app/auth/sign-in/route.ts',
        'app/auth/callback/route.ts',
        'features/sign-in/identity-provider.ts',
        'features/sign-in/return-to.ts',
      ],
      checklist: [
        'Refuse a callback whose state is missing or differs from the one in the HttpOnly cookie the sign-in start set: it was not started in this browser.',
        'Exchange the code on the server, with the client secret and the PKCE verifier; a code works once, so a replayed callback fails.',
        'Set the session cookie HttpOnly, Secure, SameSite=Lax, with a path and a max-age, on the redirect response the handler returns.',
        'Redirect only to a path of your own site; an address from the query (returnTo, next) that names another site lands on a default page.',
        'Keep the callback and the sign-in start outside the proxy’s matcher, so the returning browser is never sent to sign in again.',
        'For a payment page’s return, trust nothing in the query string: confirm the payment with the provider from your server, or wait for its webhook.',
      ],
      articles: [articles.routeHandlers, articles.security],
    },

    'proxy-then-checks-at-the-data': {
      kind: 'outcome',
      title: 'A proxy for the first check, then checks next to the data',
      boundaries: ['middleware', 'service', 'server-action'],
      reason:
        'The proxy (middleware on Next.js 15) runs before the section’s pages and turns signed-out visitors away early, but it only sees that a cookie is there. The data functions verify the session and the role before they return a row, and each Server Action checks again, because an action can be posted to any page and a layout does not run for it.',
      flow: [
        'browser → proxy: a session cookie at all?',
        'page → data function: whose session, which role',
        'form → Server Action: checks again',
        'database',
      ],
      files: [
        {
          path: 'by-version/next-16/proxy.ts',
          role: 'proxy.ts at the app root on Next.js 16: the matcher names the section, the check is shared',
        },
        {
          path: 'by-version/next-15/middleware.ts',
          role: 'middleware.ts at the app root on Next.js 15: the same check and matcher',
        },
        {
          path: 'features/access/optimistic-check.ts',
          role: 'the first check both files run: no session cookie, so off to sign in',
        },
        {
          path: 'features/members/members-data.ts',
          role: 'the data functions: each verifies the session and the role before it returns rows',
        },
        {
          path: 'app/members/roles/actions.ts',
          role: 'a Server Action that checks the session and the role itself, on every call',
        },
      ],
      examples: [
        'by-version/next-16/proxy.ts',
        'by-version/next-15/middleware.ts',
        'features/access/optimistic-check.ts',
        'features/members/members-data.ts',
        'app/members/roles/actions.ts',
      ],
      checklist: [
        'Let the proxy only redirect visitors without a session cookie; it reads no database and decides nothing about roles.',
        'Write a matcher that names the protected section only: sign-in, its callback, webhooks and /_next/ stay outside it.',
        'Verify the session and the role in the data function, before it returns rows: every page and layout that calls it is covered.',
        'Check the session and the role again in each Server Action: it can be posted to any page, and no layout runs for it.',
        'Do not rely on a layout’s check: it does not render again when the reader moves between the pages under it.',
      ],
      articles: [articles.proxy, articles.security],
    },

    'service-with-webhook-route-handler': {
      kind: 'outcome',
      title: 'Put the rule in a service, called by the webhook’s Route Handler',
      boundaries: ['service', 'route-handler'],
      reason:
        'The webhook needs a Route Handler, and the same rule is reached from elsewhere. The handler verifies the signature and calls the service; the other entry points call the same service.',
      flow: ['provider → Route Handler', 'our interface → Server Action', 'service', 'database'],
      files: [
        { path: 'app/api/webhooks/stripe/route.ts', role: 'verifies the signature, then hands the event on' },
        {
          path: 'features/billing/stripe-signature.ts',
          role: 'the signature check (Stripe’s scheme here), in constant time',
        },
        {
          path: 'features/billing/webhook-events.ts',
          role: 'reads the event once per id and calls the service',
        },
        {
          path: 'features/billing/subscriptions.ts',
          role: 'the shared rule: a canceled subscription stays canceled, whoever asks',
        },
      ],
      examples: [
        'app/api/webhooks/stripe/route.ts',
        'features/billing/stripe-signature.ts',
        'features/billing/webhook-events.ts',
        'features/billing/subscriptions.ts',
      ],
      checklist: [
        'Read the raw body (request.text(), or request.arrayBuffer() for a binary payload) and verify the signature, or the hook’s shared secret, before anything else.',
        webhookChecklist.idempotent,
        'Let the service enforce the rule, so the webhook and the interface cannot drift apart.',
        'The signature protects only the webhook: the interface’s Server Action checks the session and the user’s rights itself.',
        entryPointChecklist.sessionCookie,
      ],
      articles: [articles.routeHandlers, articles.services, articles.security],
      recipePrompt: webhookRecipePrompt,
    },

    'route-handler-for-other-client': {
      kind: 'outcome',
      title: 'Use a Route Handler with token authentication',
      boundaries: ['route-handler'],
      reason:
        'A separate client cannot call a Server Action: it needs a stable URL and a contract you can version. A Route Handler authenticates the bearer token, parses the body with zod and answers with clear status codes.',
      flow: ['mobile app or extension', 'Route Handler', 'database'],
      files: [
        {
          path: 'app/api/mobile/places/route.ts',
          role: 'a mobile app’s endpoint: a bearer token, a zod body, then 401, 422 or 201',
        },
        {
          path: 'app/api/extension/audits/route.ts',
          role: 'a browser extension’s endpoint: CORS for its one origin, and OPTIONS',
        },
      ],
      examples: ['app/api/mobile/places/route.ts', 'app/api/extension/audits/route.ts'],
      checklist: [
        'Authenticate with a bearer token, not the browser session cookie.',
        'Parse the body with zod; answer 422 with field errors, 401 without a valid token.',
        'For a browser extension, allow only its origin with CORS and answer OPTIONS.',
        'Version the contract (a path prefix or a header) before the first client ships.',
      ],
      articles: [articles.routeHandlers, articles.security],
    },

    'service-with-client-route-handler': {
      kind: 'outcome',
      title: 'Put the rule in a service, called by the client’s Route Handler',
      boundaries: ['service', 'route-handler', 'server-action'],
      reason:
        'The other client needs a Route Handler, and our web interface does the same thing through a Server Action. Both call one service, so the rule cannot drift between web and mobile.',
      flow: ['mobile app → Route Handler', 'web form → Server Action', 'service', 'database'],
      files: [
        { path: 'app/api/projects/[id]/archive/route.ts', role: 'the handler for the client' },
        { path: 'features/projects/service.ts', role: 'the rule both entry points call' },
        { path: 'features/projects/validation.ts', role: 'the zod schemas both entry points parse with' },
        { path: 'app/dashboard/projects/actions.ts', role: 'the web interface’s Server Action' },
      ],
      examples: [
        'app/api/projects/[id]/archive/route.ts',
        'features/projects/service.ts',
        'features/projects/validation.ts',
        'app/dashboard/projects/actions.ts',
      ],
      checklist: [
        'Authenticate with a bearer token in the handler and with the session in the action.',
        'Authorize ownership in the service, so no entry point can forget it.',
        entryPointChecklist.validate,
        entryPointChecklist.sessionCookie,
      ],
      articles: [articles.services, articles.routeHandlers, articles.security],
    },

    'route-handler-for-public-api': {
      kind: 'outcome',
      title: 'Use a Route Handler as a published API',
      boundaries: ['route-handler'],
      reason:
        'Partners and the public code against a URL and a documented response shape. A Route Handler owns the contract, the status codes and the cache headers.',
      flow: ['partner or public client', 'Route Handler', 'query function', 'database'],
      files: [
        { path: 'app/api/public/products/route.ts', role: 'the public GET handler with cache headers' },
      ],
      examples: ['app/api/public/products/route.ts'],
      checklist: [
        'Document and version the response shape; never return internal fields.',
        'Set Cache-Control on purpose: a GET handler is not cached unless you opt in.',
        'Rate limit, and authenticate partners with keys you can revoke.',
      ],
      articles: [articles.routeHandlers, articles.security],
    },

    'route-handler-for-scheduler': {
      kind: 'outcome',
      title: 'Use a GET Route Handler protected by a secret, calling a service',
      boundaries: ['route-handler', 'service'],
      reason:
        'A hosted scheduler calls a URL, usually with a plain GET, so the job needs a Route Handler that exports GET. It is the one GET that changes data on purpose: only the holder of the secret can start it, and no cookie is involved, so there is nothing for cross-site request forgery to use. The work itself belongs in a service, a rule you also want to run from a test, a script or the interface.',
      flow: ['scheduler (GET + secret)', 'Route Handler', 'service', 'database'],
      files: [
        {
          path: 'app/api/cron/cleanup/route.ts',
          role: 'the GET the scheduler calls: checks the secret, then calls the service',
        },
        { path: 'lib/cron-secret.ts', role: 'the bearer secret, compared in constant time' },
        {
          path: 'features/projects/service.ts',
          role: 'the job’s rule: delete expired share links, safe to run twice',
        },
      ],
      examples: ['app/api/cron/cleanup/route.ts', 'lib/cron-secret.ts', 'features/projects/service.ts'],
      checklist: [
        'Export GET when the scheduler sends GET: a route.ts that exports only POST answers it 405, with an empty body.',
        'Check the shared secret first, from the Authorization header, compared in constant time: 401 with WWW-Authenticate: Bearer before any work.',
        'Keep the secret out of the URL and out of cookies: the header is what makes this GET safe to change data.',
        'Let it run on every call: it reads the request headers, so Next.js does not cache it; add no force-static or revalidate, and answer Cache-Control: no-store.',
        'Make the job safe to run twice, because schedulers retry and overlap: a clean-up that finds nothing left is, and anything else (an email) claims a run key per period first.',
        'Keep the handler thin: check the secret, call the service, report counts.',
        'Finish within one request’s time limit; for work that runs for minutes, enqueue it here and let a worker outside the app run it (the recipe “A job that runs for minutes”).',
      ],
      articles: [
        articles.routeHandlers,
        articles.services,
        articles.security,
        { title: 'A job that runs for minutes: a queue and a worker', href: '/recipes/long-running-job/' },
      ],
    },

    'service-for-script': {
      kind: 'outcome',
      title: 'Call a service function from the script',
      boundaries: ['service'],
      reason:
        'A script in our own code base can import the rule directly. There is no HTTP request, so there is no endpoint to build or to secure.',
      flow: ['scheduled script', 'service', 'database'],
      files: [
        {
          path: 'scripts/nightly-cleanup.ts',
          role: 'the entry point the scheduler runs; it logs what it changed',
        },
        { path: 'features/projects/service.ts', role: 'the rule it calls' },
      ],
      examples: ['scripts/nightly-cleanup.ts', 'features/projects/service.ts'],
      checklist: [
        'Make the job safe to run twice: schedulers retry and overlap.',
        'Log what it changed, so a run can be audited.',
        "A service marked import 'server-only' throws when plain Node loads it (the package's default entry throws; only the react-server condition gives an empty module): run the script with that condition, npx tsx --conditions=react-server scripts/nightly-cleanup.ts, or keep the rule in modules without the marker.",
        'A script cannot call revalidatePath or revalidateTag: they work only inside a request Next.js handles.',
        'For work that runs for minutes while readers wait for it, use a queue and a worker (the recipe “A job that runs for minutes”).',
      ],
      articles: [
        articles.services,
        { title: 'A job that runs for minutes: a queue and a worker', href: '/recipes/long-running-job/' },
      ],
    },

    'route-handler-for-custom-response': {
      kind: 'outcome',
      title: 'Use a Route Handler that builds the response',
      boundaries: ['route-handler'],
      reason:
        'A file, a feed or any non-page response needs control over the headers, the status and the body. A Route Handler returns a Web Response with exactly those.',
      flow: ['link or feed reader (GET)', 'Route Handler', 'query function', 'database'],
      files: [
        { path: 'app/api/export/projects/route.ts', role: 'a CSV download with Content-Disposition' },
        { path: 'lib/csv.ts', role: 'quoting, and an apostrophe before a cell that starts like a formula' },
        { path: 'app/feed.xml/route.ts', role: 'an RSS feed with the XML content type' },
        { path: 'lib/xml.ts', role: 'escapes text for the feed' },
      ],
      examples: ['app/api/export/projects/route.ts', 'lib/csv.ts', 'app/feed.xml/route.ts', 'lib/xml.ts'],
      checklist: [
        'Set Content-Type, and Content-Disposition for downloads.',
        'Escape the output: XML entities in feeds; in CSV, quote a cell holding a comma, quote or line break, and put an apostrophe before a leading =, +, -, @, tab or carriage return.',
        'Authenticate exports of private data (a link is easy to share), and keep the route a GET that changes nothing and sends no CORS headers, so another site cannot read the file.',
      ],
      articles: [articles.routeHandlers, articles.security],
    },

    'external-realtime': {
      kind: 'outcome',
      title: 'Run the realtime connection outside the Next.js app; the app signs the reader in to it',
      boundaries: ['external', 'route-handler'],
      reason:
        'A two-way connection stays open for as long as the reader is on the page. A Route Handler takes a request and returns a response, with no way to accept a WebSocket, and a serverless function cannot keep a socket at all. A realtime server or a hosted realtime service holds the sockets; the Next.js app only hands the signed-in reader a short-lived token for one channel, from a GET Route Handler, and the realtime server checks it.',
      flow: [
        'browser asks the app for a token (GET Route Handler)',
        'browser opens the WebSocket on the realtime server',
        'realtime server verifies the token before it accepts',
      ],
      files: [
        {
          path: 'app/api/realtime/token/route.ts',
          role: 'reads the session, checks the channel, returns a one-minute token',
        },
        { path: 'features/realtime/channel-token.ts', role: 'signs and verifies tokens (HMAC, Web Crypto)' },
        {
          path: 'realtime-server/handshake.ts',
          role: 'the realtime server’s check before it accepts a socket',
        },
      ],
      examples: [
        'app/api/realtime/token/route.ts',
        'features/realtime/channel-token.ts',
        'realtime-server/handshake.ts',
      ],
      checklist: [
        'Run the socket server apart from the Next.js app, on a host that keeps connections open: a long-running Node process or a hosted realtime service.',
        'Sign a token for one user and one channel that lives about a minute; read the session in the Route Handler and check the user may join (401 without a session, 404 for a channel that is not theirs).',
        'Answer with Cache-Control: no-store, and fetch a new token before each reconnect.',
        'Let the realtime server check the signature, the expiry and the channel before it accepts the socket; give both sides the secret through an environment variable, never in browser code.',
        'A browser cannot set headers on a WebSocket, so the token travels in its URL: keep it short-lived, since addresses end up in logs.',
      ],
      articles: [articles.routeHandlers, articles.security],
    },

    'route-handler-streams-events': {
      kind: 'outcome',
      title: 'Stream server-sent events from a GET Route Handler',
      boundaries: ['route-handler'],
      reason:
        'Updates that only flow from the server to the reader fit server-sent events: a GET Route Handler returns a stream that stays open and writes each event as it happens, and the browser’s EventSource reads it, reconnects by itself and resumes after the last event id it saw. The page still renders what exists so far in a Server Component.',
      flow: [
        'page renders the events so far (Server Component)',
        'EventSource in the browser (GET)',
        'Route Handler streams each new event',
      ],
      files: [
        {
          path: 'app/api/activity/stream/route.ts',
          role: 'the GET handler: session, Last-Event-ID, a cap per user, the stream',
        },
        {
          path: 'features/activity/event-stream.ts',
          role: 'writes the events and a heartbeat, and stops when the reader leaves',
        },
        {
          path: 'app/activity/live-activity.tsx',
          role: "the client component ('use client') with EventSource",
        },
      ],
      examples: [
        'app/api/activity/stream/route.ts',
        'features/activity/event-stream.ts',
        'app/activity/live-activity.tsx',
      ],
      checklist: [
        'Answer with Content-Type: text/event-stream and Cache-Control: no-store, and tell nginx not to buffer (X-Accel-Buffering: no).',
        'Read the session on every connection and stream only that reader’s events; EventSource sends the cookies of its own origin.',
        'Write an id: line with each event and resume after the Last-Event-ID header, so a reconnect neither loses nor repeats events.',
        'Stop the timers and leave the channel when request.signal aborts, and cap the open streams per user: each one holds a connection.',
        'On a serverless host the function stops at its time limit: end the stream yourself before it, and EventSource reconnects with Last-Event-ID.',
        'With more than one server instance, publish events through a shared pub/sub (Redis, Postgres LISTEN/NOTIFY), not in memory.',
      ],
      articles: [articles.routeHandlers, articles.serverComponents],
    },

    'external-job': {
      kind: 'outcome',
      title: 'Put the job on a queue; a worker outside the app runs it, and the page polls',
      boundaries: ['external', 'server-action', 'route-handler'],
      reason:
        'Work that takes minutes outlives a request: a time limit or the next deploy ends it halfway. The Server Action only checks and enqueues; a worker outside the app runs the job, and the page polls a GET Route Handler for its status.',
      flow: [
        'form → Server Action (check, enqueue)',
        'queue',
        'worker outside the app (claims, reports progress)',
        'page polls a GET Route Handler (no-store)',
      ],
      files: [
        {
          path: 'app/imports/actions.ts',
          role: 'the Server Action: checks the rows and enqueues, nothing more',
        },
        { path: 'features/imports/import-queue.ts', role: 'the queue stand-in: enqueue, claim, report' },
        { path: 'worker/import-worker.ts', role: 'the worker process, deployed apart from the app' },
        {
          path: 'app/api/worker/imports/route.ts',
          role: 'the worker’s door into the queue, behind its own secret',
        },
        { path: 'app/api/imports/[id]/route.ts', role: 'the status the page polls, for the owner only' },
        { path: 'app/imports/import-form.tsx', role: 'the form, then the polling status line' },
      ],
      examples: [
        'app/imports/actions.ts',
        'features/imports/import-queue.ts',
        'worker/import-worker.ts',
        'app/api/worker/imports/route.ts',
        'app/api/imports/[id]/route.ts',
        'app/imports/import-form.tsx',
      ],
      checklist: [
        'Check the input and read the session in the action, enqueue, and answer at once with the job id; never run the job inside the action or a Route Handler.',
        'Run the worker as a long-running process of its own, and make a job safe to run twice: a claim whose worker goes silent is handed to another.',
        'Protect the worker’s API with its own secret, compared in constant time: it is not an endpoint for browsers.',
        'Poll the status with Cache-Control: no-store, only for the job’s owner (404 for anyone else), and stop polling when the job is done.',
      ],
      articles: [articles.serverActions, articles.routeHandlers, articles.security],
    },

    'external-static-export': {
      kind: 'outcome',
      title: 'Send the form to an endpoint outside the static site',
      boundaries: ['external'],
      reason:
        'A static export is plain files: nothing of ours runs on a server when a reader submits. next build stops on a Server Action and leaves a POST Route Handler out, so the form posts with fetch to a hosted form service or to a function deployed on its own, and the page shows what that endpoint answers.',
      flow: [
        'form in the static page (client component, fetch)',
        'hosted form service or separately deployed function',
        'its answer, shown in the page',
      ],
      files: [
        {
          path: 'app/newsletter/newsletter-form.tsx',
          role: "the client component ('use client') that posts to the service and shows its answer",
        },
        {
          path: 'form-host/form-endpoint.ts',
          role: 'what the form service does: a stand-in, never deployed with the site',
        },
      ],
      examples: ['app/newsletter/newsletter-form.tsx', 'form-host/form-endpoint.ts'],
      checklist: [
        'Post with fetch from a client component to the service’s URL, kept in a NEXT_PUBLIC_ variable: next build writes its value into the page’s JavaScript.',
        'Add no Server Action and no POST route.ts: next build stops on the action, and leaves the POST handler out without a word, so its URL answers 404.',
        'Let the endpoint validate, rate limit and check for bots (a honeypot field): the static page cannot. Show its field errors to the reader.',
        'The page and the endpoint are on different origins: the endpoint must send Access-Control-Allow-Origin, or the browser keeps its answer from your code.',
        'Say so when the endpoint is out of reach: the page has no server of its own to fall back on.',
      ],
      articles: [articles.serverActions, articles.routeHandlers],
    },

    'pages-data-read': {
      kind: 'outcome',
      title: 'Read it in getServerSideProps or getStaticProps',
      boundaries: ['pages-data'],
      reason:
        'In the Pages Router, page data comes from a data function that runs on the server and passes props to the page. Call the query function there; do not fetch your own API route.',
      flow: ['page', 'getServerSideProps', 'query function', 'database'],
      files: [
        { path: 'pages/my-projects.tsx', role: 'the page and its getServerSideProps' },
        {
          path: 'features/projects/pages-queries.ts',
          role: "the read it calls, without the 'server-only' marker pages/ refuses",
        },
      ],
      examples: ['pages/my-projects.tsx', 'features/projects/pages-queries.ts'],
      checklist: [
        'For data that belongs to someone, read the session inside getServerSideProps and return no data without one (a sign-in prompt, or a redirect to your sign-in page); a public page needs no sign-in.',
        'Use getStaticProps only for data that is the same for every reader.',
        'Return only the fields the page shows: props are sent to the browser.',
        "Keep import 'server-only' and next/headers out of every module a page imports: Next.js stops the build, and what only getServerSideProps uses stays out of the browser's bundle anyway.",
      ],
      articles: [articles.pagesRouter],
    },

    'api-route-for-our-interface': {
      kind: 'outcome',
      title: 'Use an API Route in pages/api',
      boundaries: ['api-route'],
      reason:
        'Server Actions belong to the App Router, so in the Pages Router your forms post to an API Route. When you move the page to the App Router, this becomes a Server Action.',
      flow: ['form (fetch or POST)', 'pages/api route', 'database'],
      files: [
        {
          path: 'pages/api/settings.ts',
          role: 'the handler: the method, the origin, the session, then the body',
        },
        {
          path: 'features/settings/validation.ts',
          role: 'the zod schema it parses with, the same as the App Router’s Server Action',
        },
      ],
      examples: ['pages/api/settings.ts', 'features/settings/validation.ts'],
      checklist: [
        'Reject methods you do not handle with 405 and an Allow header.',
        entryPointChecklist.validate,
        entryPointChecklist.signedInChange,
        entryPointChecklist.publicForm,
        entryPointChecklist.authorize,
        entryPointChecklist.crossSitePost,
      ],
      articles: [articles.pagesRouter, articles.security],
    },

    'api-route-for-browser-fetch': {
      kind: 'outcome',
      title: 'Use an API Route for the browser to fetch',
      boundaries: ['api-route'],
      reason: 'Browser code that reads after load needs a URL; in the Pages Router that is an API Route.',
      flow: ['client component (fetch)', 'pages/api route', 'query function', 'database'],
      files: [
        { path: 'pages/api/v1/search.ts', role: 'the GET handler that returns JSON' },
        { path: 'features/projects/queries.ts', role: 'the query it calls' },
        {
          path: 'pages/find-projects.tsx',
          role: 'the page whose search box fetches it, debounced and aborted',
        },
      ],
      examples: ['pages/api/v1/search.ts', 'features/projects/queries.ts', 'pages/find-projects.tsx'],
      checklist: [
        'Validate the query string with zod; answer bad input with 400.',
        'For someone’s data, read the session cookie on every call and filter by that user; public suggestions need no sign-in.',
        entryPointChecklist.safeRead,
        'In the client, debounce and abort stale requests.',
      ],
      articles: [articles.pagesRouter, articles.security],
    },

    'api-route-for-webhook': {
      kind: 'outcome',
      title: 'Use an API Route with the body parser turned off',
      boundaries: ['api-route'],
      reason:
        'A provider that signs its calls signs the raw body, and pages/api parses bodies by default. Export config = { api: { bodyParser: false } } and read the raw bytes before verifying; a hook that sends only a shared secret can keep the parser.',
      flow: ['provider (POST)', 'pages/api route (raw body)', 'database'],
      files: [
        {
          path: 'pages/api/webhooks/payments.ts',
          role: 'the handler, with bodyParser: false, reading the raw stream',
        },
        {
          path: 'features/billing/stripe-signature.ts',
          role: 'the signature check (Stripe’s scheme here), in constant time',
        },
        {
          path: 'features/billing/webhook-events.ts',
          role: 'what an event changes, once per event id (the App Router route uses it too)',
        },
      ],
      examples: [
        'pages/api/webhooks/payments.ts',
        'features/billing/stripe-signature.ts',
        'features/billing/webhook-events.ts',
      ],
      checklist: [
        'Turn off the body parser for this route only when the provider signs the body.',
        webhookChecklist.signature,
        webhookChecklist.idempotent,
      ],
      articles: [articles.pagesRouter, articles.security],
      recipePrompt: webhookRecipePrompt,
    },

    'api-route-for-other-client': {
      kind: 'outcome',
      title: 'Use an API Route with its own authentication',
      boundaries: ['api-route'],
      reason:
        'An outside caller needs a URL and a stable contract. In the Pages Router that is an API Route, authenticated with a token or a shared secret.',
      flow: ['client, partner or scheduler', 'pages/api route', 'database'],
      files: [{ path: 'pages/api/v1/projects.ts', role: 'the versioned endpoint' }],
      examples: ['pages/api/v1/projects.ts'],
      checklist: [
        'Authenticate with a bearer token or a shared secret, not the session cookie.',
        'If the route also accepts your own pages’ session cookie, as this one does, refuse cross-site posts: require Content-Type: application/json, and refuse an Origin other than your host.',
        entryPointChecklist.validate,
        'Version the contract before the first client ships.',
      ],
      articles: [articles.pagesRouter, articles.security],
    },

    'api-route-for-custom-response': {
      kind: 'outcome',
      title: 'Use an API Route that builds the response',
      boundaries: ['api-route'],
      reason:
        'A file or a feed needs its own headers and body. In the Pages Router an API Route sets them with res.setHeader and res.send.',
      flow: ['link or feed reader (GET)', 'pages/api route', 'query function', 'database'],
      files: [
        { path: 'pages/api/v1/export/projects.ts', role: 'the CSV download' },
        { path: 'lib/csv.ts', role: 'quoting, and an apostrophe before a cell that starts like a formula' },
      ],
      examples: ['pages/api/v1/export/projects.ts', 'lib/csv.ts'],
      checklist: [
        'Set Content-Type, and Content-Disposition for downloads.',
        'Escape the output: XML entities in feeds; in CSV, quote a cell holding a comma, quote or line break, and put an apostrophe before a leading =, +, -, @, tab or carriage return.',
        'Authenticate exports of private data, and keep the route a GET that changes nothing and sends no CORS headers, so another site cannot read the file.',
      ],
      articles: [articles.pagesRouter, articles.security],
    },
  },
} as const
