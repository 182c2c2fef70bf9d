import type { RecipeInput } from '../../lib/recipes/recipe-schema'

const guide = {
  routeHandlers: { title: 'Route Handlers for anything with a URL', href: '/guide/route-handlers/' },
  serverActions: { title: 'Server Actions for your UI’s mutations', href: '/guide/server-actions/' },
  security: { title: 'Security checklist per entry point', href: '/guide/security-checklist/' },
}

const docs = {
  deploymentEnvironment: {
    title: 'Next.js docs: Backend for Frontend, deployment environment',
    href: 'https://nextjs.org/docs/app/guides/backend-for-frontend#deployment-environment',
  },
  streamingRouteHandlers: {
    title: 'Next.js docs: Streaming in Route Handlers',
    href: 'https://nextjs.org/docs/app/guides/streaming#streaming-in-route-handlers',
  },
  streamingProxies: {
    title: 'Next.js docs: What can affect streaming',
    href: 'https://nextjs.org/docs/app/guides/streaming#what-can-affect-streaming',
  },
  after: { title: 'Next.js docs: after', href: 'https://nextjs.org/docs/app/api-reference/functions/after' },
  maxDuration: {
    title: 'Next.js docs: maxDuration',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/route-segment-config/maxDuration',
  },
  staticExportsUnsupported: {
    title: 'Next.js docs: Static exports, unsupported features',
    href: 'https://nextjs.org/docs/app/guides/static-exports#unsupported-features',
  },
  staticExportsRouteHandlers: {
    title: 'Next.js docs: Static exports, Route Handlers',
    href: 'https://nextjs.org/docs/app/guides/static-exports#route-handlers',
  },
  publicEnv: {
    title: 'Next.js docs: Bundling environment variables for the browser',
    href: 'https://nextjs.org/docs/app/guides/environment-variables#bundling-environment-variables-for-the-browser',
  },
}

export const outsideTheAppRecipes: RecipeInput[] = [
  {
    slug: 'realtime-two-way',
    title: 'Chat, a shared whiteboard or presence: two-way realtime',
    summary: 'Readers send and receive at the same time: a chat, a multiplayer whiteboard, who is online.',
    description:
      'Two-way realtime in a Next.js app: the WebSocket lives on a realtime server or service, and a GET Route Handler gives the signed-in reader a one-minute token for one channel.',
    group: 'outside-the-app',
    outcomes: ['external-realtime'],
    boundaries: ['external', 'route-handler'],
    whenThisFits: [
      'Several people see each other’s changes as they happen and send their own at the same time: messages in a chat room, strokes on a shared whiteboard, the cursors and names of who is looking at the same document. Each browser keeps one WebSocket open for as long as the page is open.',
      'That connection cannot live in the Next.js app. A Route Handler takes a Request and returns a Response, with no way to accept a WebSocket, and a function on a serverless host stops when it answers or when its time runs out. The sockets belong to a realtime server you run as its own long-running process, or to a hosted realtime service.',
      'The Next.js app keeps the part it is good at: it knows who is signed in and what they may see. A GET Route Handler reads the session, checks that the reader may join the channel, and signs a token for that one channel that lives a minute. The browser opens the socket on the realtime server with it, and the realtime server checks the signature, the expiry and the channel before it accepts.',
      'If only the server ever sends (a live feed, progress as it happens), you need no socket server at all: stream server-sent events from a Route Handler, as in /recipes/live-updates-one-way/. If the reader waits for one answer that arrives in pieces, see /recipes/streamed-answer/.',
    ],
    featureWord: 'channel',
    files: [
      {
        path: 'app/api/realtime/token/route.ts',
        role: 'the GET handler: session, channel check, a one-minute token, never cached',
      },
      {
        path: 'features/realtime/channel-token.ts',
        role: 'signs and verifies tokens with HMAC (Web Crypto)',
      },
      {
        path: 'realtime-server/handshake.ts',
        role: 'the realtime server’s check before it accepts a socket',
      },
      {
        path: 'features/realtime/open-channel.ts',
        role: 'browser code: fetch a token, then open the socket',
      },
    ],
    code: [
      {
        file: 'app/api/realtime/token/route.ts',
        role: 'The app’s only part: who may join which channel, for one minute.',
      },
      {
        file: 'features/realtime/channel-token.ts',
        region: 'sign',
        role: 'The token: the user, the channel and an expiry, signed with a secret both sides share.',
      },
      {
        file: 'features/realtime/channel-token.ts',
        region: 'verify',
        role: 'The check the realtime server runs: signature in constant time, then the expiry.',
      },
      {
        file: 'realtime-server/handshake.ts',
        region: 'handshake',
        role: 'On the realtime server, apart from the app: accept the socket only for the token’s channel.',
      },
      {
        file: 'features/realtime/open-channel.ts',
        role: 'In the browser: a fresh token before every connection, in the socket’s URL.',
      },
    ],
    runTargets: ['realtime-token'],
    checklist: [
      'Run the sockets on a realtime server of their own or a hosted realtime service, on a host that keeps connections open.',
      'Read the session in the token route on every call: 401 without one, 404 for a channel the reader may not join.',
      'Sign one user and one channel into the token, with an expiry about a minute away, and answer with Cache-Control: no-store.',
      'Fetch a new token before each reconnect: the old one has expired.',
      'On the realtime server, check the signature, the expiry and the channel before accepting; give both sides the secret through an environment variable, never in browser code.',
      'The token travels in the socket’s URL, since a browser cannot set headers on a WebSocket: keep it short-lived, because addresses end up in logs.',
      'Check each message on the realtime server too: joining a channel is not permission for everything in it.',
    ],
    traps: [
      {
        symptom:
          'The socket works with next dev or on one server, then drops after a few seconds or never connects on a serverless host.',
        cause:
          'The socket depends on the Next.js server: a custom server or a library that hooks into it works only where one long-running Node process serves the app, and a serverless function ends when it answers or when its time is up. A Route Handler has no way to accept a WebSocket at all.',
        fix: 'Move the socket to a realtime server deployed as its own process, or to a hosted realtime service, and keep only the token route in the app.',
      },
      {
        symptom: 'Every reconnect after a minute is refused, and readers have to reload the page.',
        cause:
          'The browser reuses the token it fetched when the page loaded. Tokens are short-lived on purpose, so the realtime server refuses an expired one with 401.',
        fix: 'Call openChannel again on every reconnect: it fetches a new token from the app before it opens the socket.',
      },
      {
        symptom: 'Anyone who guesses a channel name can read it, or one token opens every room.',
        cause:
          'The token names only the user, or the realtime server checks only the signature, so it never learns which channel the app agreed to.',
        fix: 'Sign the channel into the token, check membership in the token route before signing, and compare the token’s channel with the one in the socket’s URL on the realtime server (403 otherwise).',
      },
    ],
    readNext: [docs.deploymentEnvironment, guide.routeHandlers, guide.security],
    searchWords: [
      'WebSocket',
      'websockets',
      'socket',
      'real time',
      'realtime',
      'chat',
      'multiplayer',
      'whiteboard',
      'presence',
      'who is online',
      'collaboration',
      'token',
    ],
  },
  {
    slug: 'live-updates-one-way',
    title: 'A live feed or progress the server pushes: server-sent events',
    summary: 'Only the server sends, as things happen: a live activity feed, notifications, a deploy log.',
    description:
      'One-way live updates in a Next.js app: a GET Route Handler streams server-sent events, resumes after Last-Event-ID, stops when the reader leaves, and EventSource reconnects by itself.',
    group: 'browser-fetches-after-load',
    outcomes: ['route-handler-streams-events', 'route-handler-for-browser-fetch'],
    boundaries: ['route-handler'],
    whenThisFits: [
      'The page shows what happens while the reader watches: a new line in an activity feed, a notification, a step of a deploy, the progress of an import. The reader sends nothing back over the same connection; their own changes go through forms and actions as usual.',
      'Server-sent events fit this without any server outside the app. A GET Route Handler returns a response that stays open and writes each event as a few lines of text; the browser’s EventSource reads them, reconnects when the connection drops, and tells the handler the id of the last event it saw, so it can carry on from there. The events so far are part of the page’s first render, read in a Server Component.',
      'A Server Action is the wrong transport here: it answers once, and the client sends actions one at a time, so an open one would hold up every other action on the page. Polling also works, and is simpler when a status changes every few seconds at most: see /recipes/poll-a-job/.',
      'If readers also send to each other in real time (chat, a shared whiteboard), the socket belongs outside the app: see /recipes/realtime-two-way/. For one answer that arrives in pieces, see /recipes/streamed-answer/.',
    ],
    featureWord: 'activity',
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
    code: [
      {
        file: 'app/api/activity/stream/route.ts',
        role: 'The handler checks who asks and where to resume, then answers with a stream that stays open.',
      },
      {
        file: 'features/activity/event-stream.ts',
        region: 'stream',
        role: 'The stream: missed events first, then each new one, a heartbeat, and a clean stop.',
      },
      {
        file: 'app/activity/live-activity.tsx',
        role: 'In the browser: EventSource adds each event and reconnects on its own.',
      },
    ],
    runTargets: [],
    checklist: [
      'Read the session on every connection and stream only that reader’s events; EventSource sends the cookies of its own origin.',
      'Answer with Content-Type: text/event-stream and Cache-Control: no-store, and tell nginx not to buffer with X-Accel-Buffering: no.',
      'Write an id: line with each event and resume after the Last-Event-ID header (or ?after= on the first request), so a reconnect neither loses nor repeats events.',
      'Send a retry: line once, and a comment line as a heartbeat while nothing happens, so proxies keep the idle connection open.',
      'Stop the timers and leave the channel when request.signal aborts, and cap the open streams per user (429): each one holds a connection.',
      'End the stream yourself before a serverless host’s time limit; EventSource reconnects and resumes.',
      'With more than one server instance, publish events through a shared pub/sub (Redis, Postgres LISTEN/NOTIFY), not in memory.',
    ],
    traps: [
      {
        symptom: 'Events arrive all at once, or only when the stream ends, instead of one by one.',
        cause:
          'Something between the handler and the browser buffers the response: nginx by default, some load balancers and CDNs, or a compression layer outside Next.js.',
        fix: 'Send X-Accel-Buffering: no and Cache-Control: no-store, turn buffering off in the proxy, and read the stream with a small script (fetch and getReader) to see when each chunk arrives.',
      },
      {
        symptom:
          'The server keeps working for readers who left: timers tick, subscriptions pile up, and memory grows with each closed tab.',
        cause:
          'The stream never learns that the reader left. A ReadableStream with a timer or a subscription runs until someone stops it.',
        fix: 'Clean up in both request.signal’s abort event and the stream’s cancel(): clear the timers and unsubscribe. Cap the open streams per user so a leak shows as a 429.',
      },
      {
        symptom:
          'On a serverless host the feed goes quiet after a while, or shows the same events twice after a reconnect.',
        cause:
          'The function stops at its time limit and EventSource reconnects, but the handler starts from the beginning (duplicates) or from now (gaps) because it ignores Last-Event-ID.',
        fix: 'Give every event an id: line and resume after the Last-Event-ID header; end the stream yourself before the limit, and let EventSource reconnect.',
      },
    ],
    readNext: [docs.streamingRouteHandlers, docs.streamingProxies, guide.routeHandlers],
    searchWords: [
      'server-sent events',
      'SSE',
      'EventSource',
      'event stream',
      'text/event-stream',
      'live',
      'live updates',
      'real time',
      'activity feed',
      'notifications',
      'progress',
      'push',
      'stream',
      'Last-Event-ID',
    ],
  },
  {
    slug: 'long-running-job',
    title: 'A job that runs for minutes: a queue and a worker',
    summary:
      'The work takes minutes: a large import, a report, a video to transcode, an email to every user.',
    description:
      'Long-running jobs in a Next.js app: a Server Action only checks and enqueues, a worker outside the app runs the job, and the page polls a GET Route Handler for its status.',
    group: 'outside-the-app',
    outcomes: ['external-job'],
    boundaries: ['external', 'server-action', 'route-handler'],
    whenThisFits: [
      'The reader starts something that takes minutes: importing a file of 50 000 rows, building a yearly report, transcoding a video, sending a newsletter to every subscriber. They should see at once that it started, then watch its progress, and the work must finish even if they close the tab.',
      'A request is the wrong place for that work. A serverless host stops a function at its time limit, a deploy or a restart ends whatever was running, and a Server Action that runs for minutes keeps the reader’s other actions waiting, because the client sends actions one at a time. So the Server Action does only what must happen now: it reads the session, checks the input, records the job as queued and answers with its id.',
      'A worker, a long-running process deployed apart from the Next.js app, takes jobs from the queue and runs each for as long as it needs, reporting progress. Here it reaches the queue through a small worker API with its own secret; a worker that shares your database would call the queue functions directly. The page polls a GET Route Handler for the job’s status, owner only and never cached.',
      'For the polling part alone, see /recipes/poll-a-job/. If the work is a large upload, the browser should send the file straight to storage first: see /recipes/large-file-upload/. To push progress instead of polling, stream it as in /recipes/live-updates-one-way/.',
    ],
    featureWord: 'import',
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
    code: [
      {
        file: 'app/imports/actions.ts',
        region: 'action',
        role: 'The action answers in milliseconds with the job’s id; the import runs elsewhere.',
      },
      {
        file: 'features/imports/import-queue.ts',
        region: 'enqueue',
        role: 'Enqueue: the job row the page polls, and the message a worker takes.',
      },
      {
        file: 'worker/import-worker.ts',
        region: 'run-once',
        role: 'The worker, outside the app: claim a job, run it for as long as it takes, report progress.',
      },
      {
        file: 'app/api/worker/imports/route.ts',
        role: 'The worker’s API: claim the next job, report progress. Both answer at once.',
      },
      {
        file: 'app/api/imports/[id]/route.ts',
        role: 'The status: the owner’s job only, never cached, with when to ask again.',
      },
      {
        file: 'app/imports/import-form.tsx',
        role: 'In the browser: the form shows the job id at once, then polls until the job is done.',
      },
    ],
    runTargets: ['start-import', 'import-status'],
    checklist: [
      'In the action, read the session and check the input before anything is queued; answer with field errors the form can show.',
      'Enqueue and answer at once with the job id: never run the job inside the action or a Route Handler.',
      'Run the worker as a long-running process of its own, and make a job safe to run twice: a claim whose worker goes silent is handed to another.',
      'Protect the worker’s API with its own secret, compared in constant time: it is not an endpoint for browsers.',
      'Poll the status with Cache-Control: no-store, only for the job’s owner (404 for anyone else), and stop polling when the job is done.',
      'Set the session cookie HttpOnly, Secure and SameSite=Lax (or Strict): the Server Action Origin check lets a request without an Origin header through.',
    ],
    traps: [
      {
        symptom:
          'Imports stop halfway, the reader’s form spins for minutes, and other buttons on the page wait until it ends.',
        cause:
          'The action runs the import itself. The host’s time limit or the next deploy cuts it off, and the client sends Server Actions one at a time, so every later action queues behind it.',
        fix: 'Let the action only check and enqueue, answer with the job id, and leave the work to a worker outside the app.',
      },
      {
        symptom:
          'A job started “in the background” is cut off on a serverless host, or lost when a server restarts.',
        cause:
          'The job was started in after() or in a promise the action did not await. after() runs once the response is sent, but within the same route’s time limit, and nothing runs the work again if the process dies.',
        fix: 'Use after() for short follow-up work such as a log line. Put work that must finish on a queue that a worker takes from, and that hands a job to another worker when its first one dies.',
      },
      {
        symptom: 'The progress line shows “Queued” forever, though the job is done.',
        cause:
          'A cache kept the first status answer: the status route was cached, or the fetch in the browser was.',
        fix: 'Answer the status with Cache-Control: no-store, fetch it with cache: no-store, and stop polling once the status says done.',
      },
    ],
    readNext: [docs.after, docs.maxDuration, guide.serverActions, guide.routeHandlers],
    searchWords: [
      'job',
      'background job',
      'long-running',
      'queue',
      'worker',
      'import',
      'report',
      'transcode',
      'video',
      'bulk email',
      'newsletter send',
      'timeout',
      'progress',
      'poll',
      'after',
    ],
  },
  {
    slug: 'static-export-form',
    title: 'A contact or newsletter form on a static export',
    summary: 'A form on a site built with output: export: a contact form, a newsletter sign-up, a waitlist.',
    description:
      'A form on a statically exported Next.js site: a client component posts with fetch to a hosted form service, since a static export has no Server Actions and leaves POST Route Handlers out.',
    group: 'outside-the-app',
    outcomes: ['external-static-export', 'server-action-mutation'],
    boundaries: ['external'],
    whenThisFits: [
      "The site is built with output: 'export' and hosted as plain files: a landing page, a blog, documentation. It still needs a form: a newsletter sign-up, a contact form, a waitlist.",
      'Nothing of yours runs on a server when the reader submits. next build stops when it finds a Server Action, and a POST Route Handler is simply left out of the export, so its URL answers 404 once deployed. The form has to post to an endpoint that runs somewhere else: a hosted form service, or a function you deploy on its own.',
      'A client component posts the form with fetch to that endpoint, whose URL is public and set at build time in a NEXT_PUBLIC_ variable, and shows what it answers: thanks, or the field errors. The endpoint does the checking the static page cannot do: validation, a rate limit, a bot check.',
      'If the site runs on a Node server or a serverless host instead, a Server Action is the smaller answer: see /recipes/public-form/.',
    ],
    featureWord: 'newsletter',
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
    code: [
      {
        file: 'app/newsletter/newsletter-form.tsx',
        role: 'In the static page: post the fields with fetch, show the answer, say so when the service is out of reach.',
      },
      {
        file: 'form-host/form-endpoint.ts',
        region: 'endpoint',
        role: 'On the form service, not in your site: a rate limit, a honeypot, field errors, CORS.',
      },
    ],
    runTargets: [],
    checklist: [
      'Post with fetch from a client component to the service’s URL, kept in a NEXT_PUBLIC_ variable: next build writes its value into the page’s JavaScript, so rebuild to change it.',
      'Add no Server Action and no POST route.ts to the site: next build stops on the action, and leaves the POST handler out without a word.',
      'Let the endpoint validate, rate limit and check for bots (a honeypot field), and show its field errors to the reader.',
      'The page and the endpoint are on different origins: the endpoint must send Access-Control-Allow-Origin, or the browser keeps its answer from your code.',
      'Say so when the endpoint is out of reach: the page has no server of its own to fall back on.',
    ],
    traps: [
      {
        symptom: 'next build fails as soon as output: export is set.',
        message: 'Server Actions are not supported with static export.',
        source: 'next',
        cause: 'A form calls a Server Action, and a static export has no server to run it on.',
        fix: 'Replace the action with a client component that posts with fetch to a hosted form service or a separately deployed function.',
      },
      {
        symptom:
          'The build succeeds and the form works with next dev, but once deployed every submission gets a 404.',
        cause:
          'The form posts to a POST route.ts of the site. next build leaves a handler without GET out of the export without a word, so nothing answers at that URL.',
        fix: 'Post to an endpoint outside the static site, and check the deployed URL, not the dev server.',
      },
      {
        symptom:
          'The service receives the submission, but the page says it failed, and the console reports a CORS error.',
        cause:
          'The page and the endpoint are on different origins, and the endpoint’s answer lacks Access-Control-Allow-Origin, so the browser keeps the answer from your code.',
        fix: 'Use the service’s JSON answer mode (Accept: application/json) and allow your site’s origin in its settings, or send the header from your own function.',
      },
    ],
    readNext: [
      docs.staticExportsUnsupported,
      docs.staticExportsRouteHandlers,
      docs.publicEnv,
      guide.serverActions,
    ],
    searchWords: [
      'static export',
      'output: export',
      'static site',
      'contact form',
      'newsletter',
      'sign up',
      'waitlist',
      'form service',
      'form endpoint',
      'no server',
      'GitHub Pages',
      'S3',
    ],
  },
]
