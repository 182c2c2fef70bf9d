import type { RecipeInput } from '../../lib/recipes/recipe-schema'

const guide = {
  routeHandlers: { title: 'Route Handlers for anything with a URL', href: '/guide/route-handlers/' },
  services: { title: 'Services: keep rules out of transport', href: '/guide/services/' },
  security: {
    title: 'Security checklist: the scheduler’s GET',
    href: '/guide/security-checklist/#the-schedulers-get',
  },
}

const docs = {
  routeHandlerCaching: {
    title: 'Next.js docs: Route Handlers, caching',
    href: 'https://nextjs.org/docs/app/getting-started/route-handlers#caching',
  },
  routeHandlerMethods: {
    title: 'Next.js docs: Route Handlers, supported HTTP methods',
    href: 'https://nextjs.org/docs/app/getting-started/route-handlers#supported-http-methods',
  },
  after: { title: 'Next.js docs: after', href: 'https://nextjs.org/docs/app/api-reference/functions/after' },
  afterSelfHosting: {
    title: 'Next.js docs: Self-hosting, after',
    href: 'https://nextjs.org/docs/app/guides/self-hosting#after',
  },
  maxDuration: {
    title: 'Next.js docs: maxDuration',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/route-segment-config/maxDuration',
  },
  loadEnv: {
    title: 'Next.js docs: Loading environment variables with @next/env',
    href: 'https://nextjs.org/docs/app/guides/environment-variables#loading-environment-variables-with-nextenv',
  },
  environmentPoisoning: {
    title: 'Next.js docs: Preventing environment poisoning (server-only)',
    href: 'https://nextjs.org/docs/app/getting-started/server-and-client-components#preventing-environment-poisoning',
  },
}

export const scheduleRecipes: RecipeInput[] = [
  {
    slug: 'hosted-cron',
    title: 'A hosted cron calls a URL: a GET Route Handler behind a secret, once per period',
    summary: 'A hosted scheduler calls a URL every night or every hour: a daily digest, a clean-up, a sync.',
    description:
      'A hosted cron in a Next.js app: a GET Route Handler that checks a bearer secret in constant time, runs on every call, and claims a run key per period so a retry does nothing twice.',
    group: 'schedules-and-background-work',
    outcomes: ['route-handler-for-scheduler'],
    boundaries: ['route-handler', 'service'],
    whenThisFits: [
      'Something has to happen on a timetable, and the scheduler is a hosted service that calls a URL: a platform’s cron jobs, a scheduler in your cloud, a workflow that runs curl. Here it sends the daily digest, one email per member counting their projects, every morning.',
      'Most hosted schedulers send a plain `GET` with no body, so the route exports `GET`. It is the one GET in the app that changes something on purpose, and that is safe because of what protects it: the scheduler sends a secret in the Authorization header, and the handler compares it in constant time before anything else runs. No cookie is involved, so another site cannot make a reader’s browser send that secret: there is nothing for cross-site request forgery to borrow.',
      'Schedulers retry when a call times out or fails, and two calls can overlap. A job such as deleting what has expired changes nothing the second time, but sending an email does it again. So the handler claims a run key for the period (the job’s name and the day) before it starts: a second call for the same day finds the key taken and answers 200 without sending anything, and a failed run gives its key back so the retry can run.',
      'If the job runs for minutes (a large export, thousands of emails), let the handler only enqueue it, and let a worker outside the app do the work: see /recipes/long-running-job/. If the scheduler can run a script from your code base instead, no URL is needed at all: see /recipes/script-calls-service/.',
    ],
    featureWord: 'digest',
    files: [
      {
        path: 'app/api/cron/daily-digest/route.ts',
        role: 'the GET the scheduler calls: the secret, the run key, then the job',
      },
      { path: 'lib/cron-secret.ts', role: 'the bearer secret, compared in constant time (Web Crypto)' },
      {
        path: 'features/schedules/scheduled-runs.ts',
        role: 'one run key per job and day; claimed once, given back when a run fails',
      },
      { path: 'features/projects/daily-digest.ts', role: 'the job: one digest email per member' },
    ],
    code: [
      {
        file: 'app/api/cron/daily-digest/route.ts',
        role: 'The secret first (401), then the day’s run key, then the job; every answer no-store.',
      },
      {
        file: 'lib/cron-secret.ts',
        role: 'The comparison takes as long for a near miss as for a wild guess.',
      },
      {
        file: 'features/schedules/scheduled-runs.ts',
        region: 'run-key',
        role: 'The run key: a retry on the same day finds it taken. With a database, a unique column.',
      },
      {
        file: 'features/projects/daily-digest.ts',
        role: 'The work itself, which would send every email again if it ran twice.',
      },
    ],
    runTargets: ['daily-digest-cron'],
    checklist: [
      'Export `GET` from route.ts when the scheduler sends `GET` (most hosted schedulers do), and no other method it does not use.',
      'Check the secret first, from the Authorization header, compared in constant time; answer 401 with `WWW-Authenticate: Bearer` and a message naming the header, before any work.',
      'Keep the secret in an environment variable (`CRON_SECRET`) that only the app and the scheduler know, never in the URL: query strings end up in logs.',
      "Let the handler run on every call. Route Handlers are not cached by default on Next.js 15 and 16 (a GET was cached before 15), and with Cache Components on (16) a GET that reads the request, as this one reads its headers, still runs at request time instead of being prerendered. Add no `dynamic = 'force-static'` and no `revalidate` to the file, and answer `Cache-Control: no-store` so no CDN keeps a run’s report.",
      'Claim a run key per period before the work and answer 200 when it is already taken, so a retry or an overlapping call does nothing twice; give the key back when the run fails.',
      'Keep the handler thin: secret, run key, a call into the job, a short report of what it did.',
      'Finish within the host’s time limit for one request; for work that runs for minutes, enqueue it for a worker (/recipes/long-running-job/).',
    ],
    traps: [
      {
        symptom:
          'The scheduler’s log shows 405 for every run, with an empty body, and the job never runs, though a test with curl -X POST works.',
        cause:
          'The route.ts exports only `POST`, and the scheduler sends `GET`. Next.js answers every method the file does not export with 405, no body and no Allow header; only an `OPTIONS` request, which Next.js answers by itself with 204, lists the methods in `Allow` (here `OPTIONS, POST`).',
        fix: 'Export `GET` (and remove the `POST` if nothing sends it), or set the scheduler to `POST` if it lets you. See which methods a route has with `curl -i -X OPTIONS` on its URL.',
      },
      {
        symptom: 'Some mornings members get the digest twice.',
        cause:
          'The scheduler retried a call that took too long, or two runs overlapped, and the job has no memory of having run: a clean-up is harmless twice, an email is not.',
        fix: 'Claim a run key for the period (job and day) before the work, under a unique constraint, and answer 200 with `ran: false` when it is taken. Give the key back only when the run fails.',
      },
      {
        symptom: 'Anyone can start the job by opening its URL, or the secret turns up in the access logs.',
        message: 'Send the scheduler secret: Authorization: Bearer <CRON_SECRET>.',
        source: 'app',
        cause:
          'The handler checks nothing, or takes the secret from the query string, which proxies and logs record; a comparison with === also leaks, through timing, how much of a guess was right.',
        fix: 'Read the secret from the Authorization header, compare it in constant time, and answer 401 with this message before the job runs.',
      },
    ],
    readNext: [guide.security, docs.routeHandlerMethods, docs.routeHandlerCaching, guide.routeHandlers],
    searchWords: [
      'cron',
      'cron job',
      'hosted cron',
      'scheduler',
      'scheduled',
      'schedule',
      'nightly',
      'daily',
      'digest',
      'CRON_SECRET',
      'bearer',
      'idempotent',
      'run key',
      '405',
      'Method Not Allowed',
    ],
  },
  {
    slug: 'after-response',
    title: 'An email or a log entry after the response: after() from next/server',
    summary:
      'After the change is saved, something small follows that the caller should not wait for: a notification email, an audit entry.',
    description:
      'Short follow-up work after a Route Handler or a Server Action answers, with after() from next/server: the response does not wait for it, and what it is not for.',
    group: 'schedules-and-background-work',
    outcomes: ['route-handler-for-other-client'],
    boundaries: ['route-handler'],
    whenThisFits: [
      'The change itself is quick, and something small follows it: an email telling someone about it, an entry in an audit log, a call to an analytics service. The caller needs the result of the change, not the email, so making them wait for the mail provider only makes the app feel slow.',
      '`after()` from `next/server` takes a function and runs it once the response has been sent. Here the mobile app shares a project: the Route Handler checks the token, the project and the email address, saves a share link, answers 201 with it, and only then sends the email that tells the recipient. In a Server Action it is the same call, placed before the `return` or the `redirect()`; Next.js runs the function even when `redirect()` or `notFound()` ends the action.',
      '`after()` is for short work that may be lost. It runs in the same server process, within the same time limit as the request (`maxDuration` on hosts that support it); a serverless host keeps the function alive for it only through its `waitUntil` support, and a crash, or a restart that does not wait, drops whatever was still running. Nothing retries it.',
      'Work that runs for minutes, or that must not be lost (a payment, an email a contract requires), belongs on a queue that a worker outside the app takes from: see /recipes/long-running-job/. Work on a timetable is /recipes/hosted-cron/.',
    ],
    files: [
      {
        path: 'app/api/projects/[id]/share-links/route.ts',
        role: 'the POST handler: checks, the link, the answer, then after() sends the email',
      },
      {
        path: 'features/mail/mailer.ts',
        role: 'the stand-in for a mail provider’s API, as slow as a real one',
      },
    ],
    code: [
      {
        file: 'app/api/projects/[id]/share-links/route.ts',
        role: 'Everything the caller needs happens before the return; the email is handed to after().',
      },
      {
        file: 'features/mail/mailer.ts',
        role: 'A send takes about a second: the time the caller no longer waits.',
      },
    ],
    runTargets: ['share-project'],
    checklist: [
      'Do the checks and the change before the response: the token (401), the project of this caller (404 otherwise), the body (400, 422 with the field’s message).',
      'Call `after()` with a function, and read what it needs (the user, the link, request values) before, into variables it closes over.',
      'Keep the follow-up short and safe to lose: an email, a log line, an analytics call. Its errors reach no caller, who already has the answer: Next.js only logs them on the server, as “An error occurred in a function passed to `after()`:” followed by the error.',
      'Put work that must not be lost, or that runs for minutes, on a queue for a worker instead (/recipes/long-running-job/).',
      'On a serverless host, check that it supports `after()` (its `waitUntil`): the follow-up gets the route’s time limit, not more. When self-hosting, stop the server with `SIGINT` or `SIGTERM` and wait, so it finishes pending `after()` work.',
    ],
    traps: [
      {
        symptom: 'The API takes a second or more to answer, and most of it is the mail provider.',
        cause:
          'The handler awaits the email before it returns, so the caller waits for a step whose result it does not need.',
        fix: 'Hand the send to `after()`: the response goes out first, and the email follows in the same process.',
      },
      {
        symptom:
          'On a serverless host some emails never arrive: the handler started the send as a promise it did not await.',
        cause:
          'Nothing keeps the function alive for a promise nobody awaits once the response is sent, so the host may freeze or end it. `after()` asks the host to wait (its `waitUntil`), but only within the route’s time limit, and nothing retries it after a crash.',
        fix: 'Use `after()` rather than an unawaited promise, keep the work short, and move anything that must arrive onto a queue with retries (/recipes/long-running-job/).',
      },
      {
        symptom: 'A job started in `after()` stops halfway: an import, a report, a video.',
        cause:
          '`after()` runs within the request’s time limit and in the same process: the limit, a crash or a restart that does not wait ends it, and no one starts it again.',
        fix: 'Enqueue the job and let a worker outside the app run it for as long as it takes (/recipes/long-running-job/).',
      },
    ],
    readNext: [docs.after, docs.afterSelfHosting, docs.maxDuration, guide.routeHandlers],
    searchWords: [
      'after',
      'after()',
      'waitUntil',
      'background',
      'fire and forget',
      'email',
      'notification',
      'send email',
      'audit log',
      'analytics',
      'logging',
      'after response',
      'share',
    ],
  },
  {
    slug: 'script-calls-service',
    title: 'A script from our code base runs the rule: import the service',
    summary:
      'A crontab line or a one-off command runs a TypeScript file of the app: a nightly clean-up, a backfill, a data fix.',
    description:
      'A script in a Next.js code base that imports the same service the app uses: what import server-only does outside Next.js, and how to run the script so it can import the rule.',
    group: 'schedules-and-background-work',
    outcomes: ['service-for-script'],
    boundaries: ['service'],
    whenThisFits: [
      'The job runs on a machine you control: a crontab line on a server, a scheduled task in your container platform, a command you run by hand to fix data. It is a TypeScript file in the same repository as the app, so it can import the rule the app uses instead of calling the app over HTTP: no endpoint to build, to secure or to keep up.',
      "The service is marked `import 'server-only'` so that a client component can never pull it into the browser. Outside Next.js that marker decides whether the script starts. The package has two entries: under the export condition `react-server` it is an empty module, and under every other condition it throws. Next.js bundles server code with `react-server`, so the app never notices; plain Node uses the default condition, and the script dies on its first import.",
      'So run the script with that condition: `npx tsx --conditions=react-server scripts/nightly-cleanup.ts`. tsx also reads the `@/` paths from tsconfig.json. The condition changes what else resolves, too: `react` becomes its server build, which is fine for a script that renders nothing. The other way is to keep the rule and its data access in modules without the marker, and give the app a thin module that imports `server-only` and re-exports them; the script imports the unmarked modules.',
      'If the scheduler can only call a URL, see /recipes/hosted-cron/. If the job runs for minutes and readers wait for it, see /recipes/long-running-job/.',
    ],
    files: [
      {
        path: 'scripts/nightly-cleanup.ts',
        role: 'the entry point the crontab runs; it calls the rule and logs what changed',
      },
      {
        path: 'features/projects/service.ts',
        role: "the rule the app uses too, marked import 'server-only'",
      },
    ],
    code: [
      {
        file: 'scripts/nightly-cleanup.ts',
        role: 'The script imports the service, as the app’s Route Handlers and actions do, and logs each change.',
      },
      {
        file: 'features/projects/service.ts',
        region: 'server-only',
        role: 'The service’s first line: the marker that decides whether the script starts.',
      },
      {
        file: 'features/projects/service.ts',
        region: 'cleanup',
        role: 'The rule: safe to run twice, so a retried or overlapping run changes nothing more.',
      },
    ],
    runTargets: [],
    checklist: [
      'Import the service the app uses; do not call the app’s own URL from a script that lives in its code base.',
      'Run it with the `react-server` condition (`npx tsx --conditions=react-server scripts/nightly-cleanup.ts`), or keep the rule in modules without `server-only` and give the app a thin `server-only` entry.',
      'Make the job safe to run twice: a crontab on two servers, or a retry after a crash, runs it again.',
      'Log what it changed, one line per run and per record, so a run can be audited later.',
      'Give the script the app’s environment: Next.js loads the .env files for the app, not for a script, so call `loadEnvConfig` from `@next/env` first, or give the crontab the same variables as the app.',
      'If pages show the data through Next.js’s cache, the script cannot revalidate them: let those pages read at request time, or call a revalidating Route Handler behind a secret.',
    ],
    traps: [
      {
        symptom:
          'The script stops at its first import, before it has done anything, with `Error: This module cannot be imported from a Client Component module. It should only be used from a Server Component.`',
        cause:
          'The service imports `server-only` (Next.js ships the same package as next/dist/compiled/server-only). Plain Node resolves it with the `default` condition, whose index.js throws this; only the `react-server` condition gives the empty module, empty.js. (The text is the package’s, in node_modules/server-only/index.js; the example app’s script test runs into it and compares it word for word.)',
        fix: 'Run the script with `--conditions=react-server`, or move the rule into modules without the marker and let the app import it through a thin server-only entry.',
      },
      {
        symptom:
          'The script changes the data, but cached pages keep showing the old values, and a call to `revalidatePath` in the script throws.',
        message: 'Invariant: static generation store missing in {expression}',
        source: 'next',
        cause:
          '`revalidatePath` and `revalidateTag` work only inside a request that Next.js is handling; a script has none. Next.js 15 prints the call as `revalidatePath /projects`, 16 as `revalidatePath("/projects")`.',
        fix: 'Let pages that show this data read at request time, or have the script call a Route Handler that checks a secret and revalidates.',
      },
      {
        symptom: 'A run on two servers, or a rerun after a crash, deletes or sends things twice.',
        cause:
          'The crontab line lives on more than one machine, or a run is repeated, and the job assumes it runs once.',
        fix: 'Write the job so a second run finds nothing left to do (delete what has expired), or claim a run key per period as /recipes/hosted-cron/ does.',
      },
    ],
    readNext: [docs.environmentPoisoning, docs.loadEnv, guide.services, guide.security],
    searchWords: [
      'script',
      'crontab',
      'cron',
      'tsx',
      'node script',
      'server-only',
      'react-server',
      '--conditions',
      'backfill',
      'data fix',
      'one-off',
      'maintenance',
      'worker',
    ],
  },
]
