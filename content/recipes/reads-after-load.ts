import type { RecipeInput } from '../../lib/recipes/recipe-schema'

const docs = {
  backendForFrontend: {
    title: 'Backend for Frontend (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/backend-for-frontend',
  },
  route: {
    title: 'route.ts (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/route',
  },
  actionsOneAtATime: {
    title: 'Server Actions: sequential dispatch on the client (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/server-actions#sequential-dispatch-on-the-client',
  },
}

const guide = {
  afterLoad: {
    title: 'Route Handlers: fetches after the page is interactive',
    href: '/guide/route-handlers/#fetches-after-the-page-is-interactive',
  },
  cookieReads: {
    title: 'Security checklist: routes that read the session cookie',
    href: '/guide/security-checklist/#routes-that-read-the-session-cookie',
  },
  pattern: {
    title: 'Pattern: fetch from the browser after the page loads',
    href: '/patterns/client-driven-fetch/',
  },
}

const outcome = 'route-handler-for-browser-fetch'
const group = 'browser-fetches-after-load'

export const readsAfterLoadRecipes: RecipeInput[] = [
  {
    slug: 'search-suggestions',
    title: 'Search suggestions while typing',
    summary: 'Suggestions under a search box that change as the reader types.',
    description:
      'A GET Route Handler answers the suggestions for a query. The search box waits for a pause in typing, aborts the request it no longer needs, and lets the browser reuse an answer for 30 seconds.',
    group,
    outcomes: [outcome],
    boundaries: ['route-handler'],
    whenThisFits: [
      'The reader types into a box and a short list of matches appears under it: project names, tags, people, places. The list changes at every pause in typing, long after the page was rendered, so browser code has to ask the server for it, and that needs a URL. A GET Route Handler is that URL: it checks the query, calls the same query function a page would, and answers with JSON.',
      'The browser does the rest. It waits until the reader pauses before it asks, and it aborts the previous request when the query changes, so a slow answer for "an" never replaces the answer for "analytical". Nothing changes on the server and every reader gets the same list, so an answer may be kept for a short while.',
      'A Server Action would be the wrong tool: the client sends actions one at a time, so each keystroke would wait for the one before, and no HTTP cache keeps an action’s answer. If pressing Enter should open a results page the reader can share or bookmark, keep the query in the URL and let a Server Component render the results: see /recipes/search-in-the-url/. Many apps have both, suggestions from this route while typing and the results page on submit.',
    ],
    files: [
      { path: 'app/api/search/route.ts', role: 'the GET handler: checks the query, answers the matches' },
      { path: 'app/search/search-box.tsx', role: "the client component ('use client'): waits, then fetches" },
    ],
    code: [
      {
        file: 'app/api/search/route.ts',
        role: 'The GET handler. It refuses a query under 2 or over 100 characters with 400 and a sentence, and answers only the id and name of projects that are not drafts.',
      },
      {
        file: 'app/search/search-box.tsx',
        role: 'The search box. Each change of the query sets a 250 ms timer and a new AbortController; the effect’s cleanup clears the timer and aborts the request of the query before.',
      },
    ],
    runTargets: ['search'],
    checklist: [
      'Check the query string before touching the store: 400 with a sentence for a query that is too short or too long.',
      'Answer only what the list shows (id and name), and only records every reader may see: drafts stay out.',
      'It reads no session, because the suggestions are public. If they ever depend on who asks (“my projects”), read the session on every call and stop caching the answer.',
      'Wait for a pause in typing (250 ms here) before asking, so a word typed quickly costs one request.',
      'Abort the previous request when the query changes, and ignore the error the aborted fetch throws.',
      'Let an answer be kept briefly: here the browser reuses it for 30 seconds (private, max-age=30); public with s-maxage would let a CDN share it too.',
    ],
    traps: [
      {
        symptom: 'The list flickers and sometimes shows the matches for an earlier, shorter query.',
        cause:
          'Every keystroke starts a request and nothing cancels the old ones. Answers arrive in any order, and the last to arrive wins, not the last asked.',
        fix: 'Give each request a new AbortController and abort it in the effect’s cleanup; drop the AbortError this causes instead of showing it.',
      },
      {
        symptom:
          'Typing one word sends a request per letter, and the server log fills with one-letter queries.',
        cause: 'The effect fetches on every change of the input.',
        fix: 'Ask only after a pause (a timer the cleanup clears), and refuse queries under two characters on the server as well.',
      },
      {
        symptom:
          'Suggestions fall further behind the faster the reader types, and a Save button elsewhere on the page waits for them.',
        cause:
          'The suggestions come from a Server Action. The client sends actions one at a time, so each request waits for the one before, and the reader’s own changes queue behind them.',
        fix: 'Serve reads after load from a GET Route Handler and keep Server Actions for changes.',
      },
    ],
    readNext: [guide.afterLoad, guide.pattern, docs.backendForFrontend, docs.actionsOneAtATime],
    searchWords: [
      'search',
      'suggestions',
      'autocomplete',
      'typeahead',
      'as you type',
      'combobox',
      'debounce',
      'abort',
      'lookup',
    ],
  },

  {
    slug: 'infinite-scroll',
    title: 'Infinite scroll',
    summary: 'A long list that loads more items as the reader scrolls down.',
    description:
      'A Server Component renders the first page into the HTML; later pages come from a GET Route Handler with an opaque cursor and a capped page size, loaded when the end of the list comes into view, with a Load more button as the fallback.',
    group,
    outcomes: [outcome],
    boundaries: ['server-component', 'route-handler'],
    whenThisFits: [
      'A feed, a changelog, a gallery or a long list of results that keeps going as the reader scrolls. Two boundaries share the work. The page is a Server Component that reads the first page with the query function and renders it into the HTML, so the list is there before any script runs, for readers and for search engines. Every later page is asked for by browser code once the reader scrolls, so it needs a URL: a GET Route Handler.',
      'The handler pages with a cursor, not an offset. The cursor means “after this entry”, so an entry published while the reader scrolls cannot push one they have already seen onto the next page. It is opaque: the client sends back the one it got and never builds one, and the handler answers 400 to a cursor it did not give out and to a page size over its limit.',
      'If the reader needs numbered pages to link to (“page 3 of the results”), keep the page number in the URL and let the Server Component render each page: see /recipes/search-in-the-url/. That also works without JavaScript.',
    ],
    featureWord: 'changelog',
    files: [
      { path: 'app/changelog/page.tsx', role: 'the Server Component: the first page, in the HTML' },
      { path: 'features/changelog/queries.ts', role: 'the keyset query the page and the route share' },
      {
        path: 'features/changelog/cursor.ts',
        role: 'the opaque cursor: made from the last entry, checked back',
      },
      { path: 'app/api/changelog/route.ts', role: 'the GET handler for the pages after the first' },
      {
        path: 'app/changelog/changelog-list.tsx',
        role: "the client list ('use client'): loads more on scroll",
      },
    ],
    code: [
      {
        file: 'app/changelog/page.tsx',
        role: 'The page reads the first 20 entries with the query function and hands them to the client list. It is public, so it is built once and regenerated at most once a minute.',
      },
      {
        file: 'features/changelog/queries.ts',
        role: 'One query for both boundaries. Entries are sorted newest first with the id as tie-breaker, and a page starts after the cursor’s entry, not at an offset.',
      },
      {
        file: 'features/changelog/cursor.ts',
        role: 'The cursor is the last entry’s sort keys, JSON in base64url. Decoding checks its shape and answers null for anything the server did not make.',
      },
      {
        file: 'app/api/changelog/route.ts',
        role: 'The GET handler. It answers 400 for a cursor it cannot read or a limit outside 1–50, and lets any cache keep a page for 60 seconds.',
      },
      {
        file: 'app/changelog/changelog-list.tsx',
        role: 'The client list. An IntersectionObserver watches the block that holds the Load more button, with a 200 px margin; one request runs at a time, items already shown are skipped, and leaving the page aborts a page still loading.',
      },
    ],
    runTargets: ['changelog-page'],
    checklist: [
      'Render the first page in the Server Component with the query function; never fetch your own route from the server.',
      'Page by cursor, made from the last item’s sort keys, and sort on an order with no ties (date, then id), so no item is skipped or shown twice.',
      'Keep the cursor opaque and check it on the way back in: 400 for one you did not give out.',
      'Cap the page size: a default, a maximum, and 400 naming the allowed range for anything else.',
      'Load the next page when the end of the list comes near the screen (an IntersectionObserver with a margin), with one request in flight at a time.',
      'Keep a Load more button under the list: it serves keyboards and browsers without IntersectionObserver, and it is the retry after a failed page.',
      'The list is public and the same for everyone: the page regenerates at most once a minute, and the route lets any cache keep a page for 60 seconds.',
      'Abort a page still loading when the reader leaves.',
    ],
    traps: [
      {
        symptom:
          'An item shows up twice, or one is skipped, when something new is published while the reader scrolls.',
        cause:
          'Pages are counted by offset (?page=2 or ?offset=20). A new item at the top moves every later item down one place, so the next page starts one item early.',
        fix: 'Page by cursor: the next page starts after the last item the reader has, whatever was added above it.',
      },
      {
        symptom: 'After a fast scroll the same page is loaded twice and its items appear twice.',
        cause: 'The observer fires again before the request for that cursor has answered.',
        fix: 'Allow one request in flight (a ref checked before fetching), stop observing while a page loads, and skip items whose id is already shown.',
      },
      {
        symptom:
          'The HTML has no entries: search engines see an empty list and readers see a spinner before anything.',
        cause: 'The client list fetches page one from the route after hydration.',
        fix: 'Read the first page in the Server Component and pass it to the client list as a prop; the route serves only the pages after it.',
      },
      {
        symptom: 'next build stops once the client list imports the query function to load more itself.',
        message:
          "'server-only' cannot be imported from a Client Component module. It should only be used from a Server Component.",
        source: 'next',
        cause:
          'The query module imports server-only, and everything a client component imports is bundled for the browser, where the store cannot be reached anyway.',
        fix: 'Browser code reaches the server through a URL: load the later pages from the GET Route Handler.',
      },
    ],
    readNext: [
      { title: 'Server Components for reads', href: '/guide/server-components/' },
      guide.afterLoad,
      {
        title: 'Fetching data (Next.js docs)',
        href: 'https://nextjs.org/docs/app/getting-started/fetching-data',
      },
      docs.route,
      {
        title: 'Route segment config revalidate (Next.js docs)',
        href: 'https://nextjs.org/docs/app/guides/caching-without-cache-components#route-segment-config-revalidate',
      },
    ],
    searchWords: [
      'infinite scroll',
      'scroll',
      'load more',
      'pagination',
      'cursor',
      'feed',
      'endless list',
      'next page',
      'IntersectionObserver',
      'lazy loading list',
    ],
  },

  {
    slug: 'poll-a-job',
    title: 'Poll a job’s progress',
    summary: 'A progress line that asks every few seconds until a background job is done.',
    description:
      'A client component asks a GET Route Handler for a job’s status every 2 seconds and stops when the job is done or the page is left. The handler answers only the job’s owner and is never cached.',
    group,
    outcomes: [outcome],
    boundaries: ['route-handler'],
    whenThisFits: [
      'An import, an export, a video being processed: the work runs in the background, and the page shows how far it has got until it is done. The page renders the job as it is when it loads; after that, browser code asks again every couple of seconds, so it needs a URL. A GET Route Handler answers with the current status.',
      'Two details make or break it. The status is never cached, by anyone, or the progress freezes on an old value. And only the job’s owner may read it, because its id sits in the page’s address and addresses get shared. The client asks again only once an answer is in, at the pace the server names, and stops as soon as the job is done or the reader leaves the page.',
      'Starting the job is another operation: a Server Action from our own page (the example app’s imports page has one) that only records the work. Where the work runs and how it survives a deploy is /recipes/long-running-job/. If the server should push each change instead of being asked, for many readers or many changes a second, see /recipes/live-updates-one-way/.',
    ],
    featureWord: 'import',
    files: [
      {
        path: 'app/api/imports/[id]/route.ts',
        role: 'the GET handler: the owner’s job status, never cached',
      },
      {
        path: 'app/imports/[id]/import-progress.tsx',
        role: "the client component ('use client') that polls",
      },
    ],
    code: [
      {
        file: 'app/api/imports/[id]/route.ts',
        role: 'The status route. It reads the session on every call, finds the job by id and owner (404 otherwise, 401 without a session), answers Cache-Control: no-store, and says when to ask again.',
      },
      {
        file: 'app/imports/[id]/import-progress.tsx',
        role: 'The progress line. The first poll is 2 s after the component mounts; each answer sets the next timer, a done job sets none, and the effect’s cleanup clears the timer and aborts a request in flight.',
      },
    ],
    runTargets: ['import-status'],
    checklist: [
      'Read the session on every poll and find the job by id and owner: 401 without a session, and 404 for someone else’s job, as for a missing one.',
      'Answer with Cache-Control: no-store and fetch with cache: "no-store": a cached status is a frozen progress bar.',
      'Set the next poll once the answer is in (setTimeout, not setInterval), so a slow answer never overlaps the next request.',
      'Stop when the job is done, and on a 401 or 404, which asking again will not change.',
      'Clear the timer and abort the request in the effect’s cleanup, so leaving the page stops the polling.',
      'Let the server name the interval (retryAfterSeconds here), so it can slow every open page down when it is busy.',
      'Keep it a GET that changes nothing and sends no CORS headers: another site can make a browser call it, but never read the answer.',
    ],
    traps: [
      {
        symptom:
          'The progress sticks on one value for half a minute, then jumps; the browser’s network panel lists the polls as served from its memory or disk cache.',
        cause:
          'The status answer allows caching (for example Cache-Control: private, max-age=30, copied from a suggestions route), so the browser reuses the old answer instead of asking.',
        fix: 'Answer the status with Cache-Control: no-store, and fetch it with cache: "no-store".',
      },
      {
        symptom:
          'Buttons on the page react late while the progress is shown, and the network panel shows a POST to the page’s own URL every two seconds.',
        cause:
          'The poll calls a Server Action. The client sends actions one at a time, so every change the reader makes queues behind a poll.',
        fix: 'Poll a GET Route Handler; keep Server Actions for the changes the reader makes.',
      },
      {
        symptom: 'Status requests go on after the job is done, or after the reader has left the page.',
        cause: 'A setInterval that is never cleared, or a loop that never checks for done.',
        fix: 'Return a cleanup from the effect that clears the timer and aborts the request, and set no new timer once the status is done.',
      },
      {
        symptom: 'Anyone with the link can watch another person’s import.',
        cause: 'The handler finds the job by its id alone.',
        fix: 'Find it by id and the owner from the session, on every request, and answer 404 otherwise.',
      },
    ],
    readNext: [guide.afterLoad, guide.cookieReads, guide.pattern, docs.route, docs.backendForFrontend],
    searchWords: [
      'poll',
      'polling',
      'progress',
      'progress bar',
      'job status',
      'background job',
      'import',
      'export',
      'check every few seconds',
      'setInterval',
    ],
  },

  {
    slug: 'client-data-library',
    title: 'A client data library (TanStack Query)',
    summary: 'Client components that share cached server data through TanStack Query or SWR.',
    description:
      'useQuery runs a query function that fetches a GET Route Handler with the AbortSignal the library passes in. The QueryClient lives in a small client provider file rendered from a layout.',
    group,
    outcomes: [outcome],
    boundaries: ['route-handler'],
    whenThisFits: [
      'The app already uses TanStack Query or SWR, or several client components need the same server data and should share one copy: a card opened from many rows, a panel that refreshes when the tab comes back into focus, a value refetched in the background. The library keeps a cache in the browser under a key, sends one request for all the components that ask at once, and retries a failed one.',
      'What it cannot do is reach the server on its own: its query function needs a URL, so the read is a GET Route Handler. The query function passes the signal it receives to fetch, which lets the library cancel a request no component waits for any more. The QueryClient is created in a small client provider file, rendered from the layout of the pages that use it.',
      'If the data is needed for the first render, read it in a Server Component instead; the library can take it from there as initial data. If one component reads it once, a plain fetch in an effect is enough, as in /recipes/search-suggestions/.',
    ],
    featureWord: 'owner',
    files: [
      { path: 'app/api/people/[id]/route.ts', role: 'the GET handler the query function fetches' },
      {
        path: 'app/directory/providers.tsx',
        role: "the client provider file ('use client') with the QueryClient",
      },
      { path: 'app/directory/layout.tsx', role: 'the layout that renders the provider' },
      {
        path: 'app/directory/owner-card.tsx',
        role: "the client component ('use client') that calls useQuery",
      },
    ],
    code: [
      {
        file: 'app/api/people/[id]/route.ts',
        role: 'The public card of a project owner: 400 for an id that cannot be one, 404 for nobody, never the email, and any cache may keep it for a minute.',
      },
      {
        file: 'app/directory/providers.tsx',
        role: 'A new QueryClient for each server render, one for the whole tab in the browser.',
      },
      {
        file: 'app/directory/layout.tsx',
        role: 'Only the pages under /directory load the library.',
      },
      {
        file: 'app/directory/owner-card.tsx',
        role: 'One query key per person, so every card of the same owner shares one request. The query function hands TanStack Query’s signal to fetch, throws on an error status, and a 400 or 404 is not retried.',
      },
    ],
    runTargets: ['public-profile'],
    checklist: [
      'Create the QueryClient in a client provider file: a new one per server render, one for the whole tab in the browser, never one per render of a component.',
      'Render the provider from the layout of the pages that query, so only they load the library.',
      'Give each piece of data one query key (["person", id]): every component that asks for it shares one request and one cached answer.',
      'Take the signal from the query function’s argument and pass it to fetch, so a request no component needs any more is cancelled.',
      'Throw on a status that is not 2xx, and do not retry answers a second try will not change (400, 404).',
      'Set staleTime to how long the data may be shown without asking again, and the route’s Cache-Control to what any cache may keep: public here, since the card is the same for everyone.',
      'Answer only public fields: the card has the name and active projects, never the email.',
    ],
    traps: [
      {
        symptom:
          'Opening several cards at once is slow: the requests run one after another, none is cached, and the network panel shows POSTs to the page’s own URL.',
        cause:
          'The query function calls a Server Action. The client sends actions one at a time, as POST requests that no HTTP cache keeps, and an action call takes no signal, so the library cannot cancel it.',
        fix: 'Make the read a GET Route Handler and fetch it in the query function; keep Server Actions for changes (a mutationFn).',
      },
      {
        symptom: 'The layout that creates the QueryClient fails to render.',
        message:
          'Only plain objects, and a few built-ins, can be passed to Client Components from Server Components. Classes or null prototypes are not supported.',
        source: 'next',
        cause:
          'The layout is a Server Component. It creates the QueryClient and passes it to QueryClientProvider, a client component, and a class instance cannot travel from server to client.',
        fix: "Create the client inside a provider file that starts with 'use client', and render that file from the layout.",
      },
      {
        symptom:
          'The same request repeats on every render, or one visitor’s cached data shows up for another.',
        cause:
          'new QueryClient() in a component body makes an empty cache on each render, and one module-level client on the server is shared by every request.',
        fix: 'Use the provider file’s getQueryClient: a new client per server render, one per tab in the browser.',
      },
    ],
    readNext: [
      {
        title: 'Client-side data fetching with TanStack Query (Next.js docs)',
        href: 'https://nextjs.org/docs/app/guides/client-side-data-fetching/tanstack-query',
      },
      {
        title: 'Client-side data fetching (Next.js docs)',
        href: 'https://nextjs.org/docs/app/guides/client-side-data-fetching',
      },
      docs.actionsOneAtATime,
      guide.afterLoad,
    ],
    searchWords: [
      'TanStack Query',
      'React Query',
      'SWR',
      'useQuery',
      'queryFn',
      'QueryClientProvider',
      'data fetching library',
      'client cache',
      'refetch',
      'lazy panel',
    ],
  },

  {
    slug: 'streamed-answer',
    title: 'A streamed answer (chat, AI)',
    summary: 'A chat answer from a model that appears word by word and stops when the reader presses Stop.',
    description:
      'A POST Route Handler returns a ReadableStream of the model’s words. The client reads it as it arrives and aborts with an AbortController; request.signal stops the model, and nothing is cached.',
    group,
    outcomes: [outcome],
    boundaries: ['route-handler'],
    whenThisFits: [
      'A chat box, an “explain this” button, a summary written by a model: the answer takes seconds to produce and should appear while it is being written, with a Stop button. The browser sends the question and reads the reply as it comes, so the handler returns a Response whose body is a ReadableStream. It is a POST, since each question is new input, and the answer is never cached.',
      'Stop has to reach the model. The client aborts its fetch with an AbortController; Next.js then aborts the request’s signal on the server, which the handler has passed to the model call, so the model stops writing. The stream pulls one word at a time, so nothing is produced ahead of the reader, and the words sent so far are saved, marked stopped.',
      'A Server Action is the wrong transport. The client sends actions one at a time, so while an answer is being written every other action on the page waits. An action is a POST in Next.js’s own action protocol, and its reply is a React payload for Next.js to apply, not a body you read chunk by chunk with your own headers. And an action call takes no signal, so Stop cannot cancel it.',
      'For updates the server pushes without being asked (notifications, a live score), a GET with server-sent events fits better: see /recipes/live-updates-one-way/. For work that runs for minutes, see /recipes/long-running-job/.',
    ],
    featureWord: 'answer',
    files: [
      { path: 'app/api/assistant/route.ts', role: 'the POST handler: checks, then returns the stream' },
      { path: 'features/assistant/answers.ts', role: 'the ReadableStream that pulls words and saves them' },
      { path: 'features/assistant/fake-model.ts', role: 'the stand-in for a model API: stops when aborted' },
      {
        path: 'app/assistant/answer-box.tsx',
        role: "the client component ('use client'): reads, and Stop aborts",
      },
    ],
    code: [
      {
        file: 'app/api/assistant/route.ts',
        role: 'The POST handler. It refuses other sites (403, 415), anonymous callers (401), bad questions (400, 422) and a second answer at once (429), then returns the stream with Cache-Control: no-store, passing request.signal to the model.',
      },
      {
        file: 'features/assistant/answers.ts',
        region: 'stream',
        role: 'The body. pull() asks the model for one word, saves it and sends it; an abort or cancel() marks the answer stopped and ends the model’s loop.',
      },
      {
        file: 'features/assistant/fake-model.ts',
        role: 'The model stand-in writes one word every 50 ms and throws the abort reason as soon as its signal aborts, as a provider’s SDK does when given the request’s signal.',
      },
      {
        file: 'app/assistant/answer-box.tsx',
        role: 'The client. It reads response.body through a TextDecoderStream and shows each piece as it arrives; Stop, and leaving the page, abort the fetch, and the AbortError that follows means “stopped”, not “failed”.',
      },
    ],
    checklist: [
      'Return a Response whose body is a ReadableStream, with Content-Type: text/plain (text/event-stream for server-sent events) and Cache-Control: no-store.',
      'Pass request.signal to the model call, so Stop, or a closed tab, stops the model and what it costs.',
      'Produce on demand: a stream that pulls the next word only when the reader takes one never runs ahead, and its cancel() ends the model’s loop.',
      'Save what was sent as it goes, and mark it stopped when the reader stops, so the conversation later shows what they saw.',
      'It is a POST that reads the session cookie: refuse other sites’ pages (Origin check, JSON only), then check the session (401) and validate the question (422).',
      'Limit what one person can spend: here one answer at a time, 429 while one is being written.',
      'On the client, read response.body with a reader, abort with an AbortController on Stop and on unmount, and treat the AbortError as stopped.',
      'Check that your host streams: a proxy or compression that buffers the body delivers the whole answer at once.',
    ],
    traps: [
      {
        symptom: 'The answer appears all at once after a long wait, not word by word.',
        cause:
          'The handler awaits the whole answer and returns it as one string, or a layer between server and browser buffers the body: nginx buffers responses by default, and compression can hold chunks back.',
        fix: 'Return the stream itself as the body and enqueue each word as it comes; turn buffering off for this route at the proxy (nginx honours X-Accel-Buffering: no).',
      },
      {
        symptom: 'After Stop, the model goes on writing (and billing) until its answer is complete.',
        cause:
          'Nothing tells the model the reader left: the handler ignores request.signal and fills a stream nobody reads any more.',
        fix: 'Pass request.signal to the model call and end the model’s loop in the stream’s cancel(); stop producing when either fires.',
      },
      {
        symptom:
          'Pressing Stop shows an error, or the console reports an uncaught error (Chromium’s message below).',
        message: 'signal is aborted without reason',
        source: 'browser',
        cause: 'Aborting the fetch makes the pending read of the body reject with an AbortError.',
        fix: 'Catch it, check controller.signal.aborted, and show “Stopped.” instead of an error.',
      },
      {
        symptom: 'Other buttons wait while an answer is being written, and Stop does nothing.',
        cause:
          'The answer comes from a Server Action: the client runs actions one at a time, and an action call has no signal to abort.',
        fix: 'Use a POST Route Handler that returns a ReadableStream, and read it with fetch.',
      },
    ],
    readNext: [
      {
        title: 'Streaming in Route Handlers (Next.js docs)',
        href: 'https://nextjs.org/docs/app/guides/streaming#streaming-in-route-handlers',
      },
      {
        title: 'What can affect streaming (Next.js docs)',
        href: 'https://nextjs.org/docs/app/guides/streaming#what-can-affect-streaming',
      },
      docs.actionsOneAtATime,
      { title: 'Route Handlers for anything with a URL', href: '/guide/route-handlers/' },
      guide.cookieReads,
    ],
    searchWords: [
      'stream',
      'streaming',
      'chat',
      'AI',
      'LLM',
      'model',
      'tokens',
      'ReadableStream',
      'server-sent events',
      'SSE',
      'Stop button',
      'abort',
      'cancel',
    ],
  },
]
