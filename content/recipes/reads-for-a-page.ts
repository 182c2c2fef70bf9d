import type { RecipeInput } from '../../lib/recipes/recipe-schema'

const docs = {
  fetchingData: 'https://nextjs.org/docs/app/getting-started/fetching-data',
  page: 'https://nextjs.org/docs/app/api-reference/file-conventions/page',
  streaming: 'https://nextjs.org/docs/app/guides/streaming',
}

const serverComponentsGuide = { title: 'Server Components for reads', href: '/guide/server-components/' }

/** Reads for a page: the data a page needs when it first loads, read in a Server Component. */
export const readsForAPageRecipes: RecipeInput[] = [
  {
    slug: 'private-page',
    title: 'A private page for the signed-in user',
    summary:
      'A page that shows the signed-in user their own data: a dashboard, “my projects”, an order history.',
    description:
      'Render a per-user page in a Server Component: read the session on the server, filter the query by that user, keep the query module server-only. No API route and no loading state.',
    group: 'page-needs-data',
    outcomes: ['server-component-read'],
    boundaries: ['server-component'],
    whenThisFits: [
      'The page shows what belongs to whoever is signed in: their projects, their orders, their invoices. It renders on the server, so it can read the session cookie there, ask a query function for that user’s rows and send finished HTML. There is no request to your own API and no spinner before the first paint.',
      'Two lines keep it private. The page asks who is signed in, and the query filters by that user’s id, so no other user’s rows ever leave the database. The id comes from the session, never from the address or a form field, because anything the browser sends can name someone else.',
      'If the page is public and should be found by search engines, it must not read the session at all: see /recipes/public-page-that-ranks/. If several slow reads feed the page, /recipes/parallel-reads/ starts them together and streams the slowest. If the browser needs more data once the page is up, that is a read after load: /recipes/infinite-scroll/ for the next page of a list, /recipes/poll-a-job/ for a status that changes.',
    ],
    files: [
      {
        path: 'app/dashboard/projects/page.tsx',
        role: 'the page: an async Server Component that reads the session, then the user’s projects',
      },
      {
        path: 'features/projects/queries.ts',
        role: "the reads, marked import 'server-only'; listProjectsOf filters by owner",
      },
    ],
    code: [
      {
        file: 'app/dashboard/projects/page.tsx',
        role: 'Reads the signed-in user on the server, asks for that user’s projects and renders them. A visitor without a session gets a sign-in message and no data.',
      },
      {
        file: 'features/projects/queries.ts',
        role: "The query functions. listProjectsOf takes the owner id and filters inside the query; 'server-only' stops a Client Component from importing them.",
      },
    ],
    checklist: [
      'Read the session on the server, in the page or in the query, before any per-user read.',
      'Take the user id from the session and filter by it inside the query; never take an owner id from params, searchParams or a form field.',
      'When there is no session, render a sign-in message or redirect to the sign-in page; never send an empty page that a later fetch fills in.',
      "Mark the query module import 'server-only', so an import from a Client Component fails the build.",
      'Call the query function directly: do not fetch your own /api route from the page.',
      'Pass Client Components only the fields they show, never whole rows: their props are sent to the browser.',
      'Check the session in each page or its query, not only in a shared layout: a layout does not render again when the reader moves between the pages under it.',
      'Let the page render per request (reading cookies() does that). If you cache a per-user query with "use cache" or unstable_cache, pass the user id as an argument so it is part of the cache key.',
    ],
    traps: [
      {
        symptom:
          '`next build` fails while prerendering the page with a fetch error, or the page renders as if signed out although the reader is signed in.',
        cause:
          'The page fetches its own /api route. A page that reads no cookies itself is prerendered at build time, when no server is listening; at request time, a fetch from the server does not carry the reader’s cookies. Even when it works, it is a second request, a second error shape and a second place to check the session.',
        fix: 'Call the query function the route would have called, directly from the page. Keep the Route Handler only if another client (a mobile app, a script) needs the URL.',
      },
      {
        symptom: 'Changing ?owner= in the address, or an id in the path, shows another user’s projects.',
        cause:
          'The query filters by a value the browser sent. Props such as params and searchParams are input from the visitor, like a form field.',
        fix: 'Filter by the id of the signed-in user from getSessionUser() inside the query, and answer notFound() for a row the user does not own.',
      },
      {
        symptom:
          'After the session ends (signed out in another tab, expired), moving between the pages under /dashboard keeps showing their data.',
        cause:
          'The only session check is in the shared layout. A layout is not rendered again on client-side navigation between its pages, so the check does not run for each page.',
        fix: 'Check the session in each page, or let the query read the session itself (a data access layer), so every read is checked.',
      },
    ],
    readNext: [
      serverComponentsGuide,
      { title: 'Security checklist per entry point', href: '/guide/security-checklist/' },
      {
        title: 'Next.js: data security',
        href: 'https://nextjs.org/docs/app/guides/data-security',
      },
      {
        title: 'Next.js: layouts and auth checks',
        href: 'https://nextjs.org/docs/app/guides/authentication#layouts-and-auth-checks',
      },
      {
        title: 'Next.js: fetching data in Server Components',
        href: `${docs.fetchingData}#server-components`,
      },
    ],
    searchWords: [
      'dashboard',
      'my projects',
      'account page',
      'order history',
      'private page',
      'per-user data',
      'signed in',
      'logged in',
      'session',
      'user data',
      'profile page',
    ],
  },

  {
    slug: 'public-page-that-ranks',
    title: 'A public page that must rank in search engines',
    summary:
      'A page anyone can open and search engines should index: a product, an article, a changelog entry, a help page.',
    description:
      'Prerender a public detail page with generateStaticParams and revalidate it on a timer, write its title, description and canonical link with generateMetadata, and answer a real 404 with notFound(). Nothing per visitor.',
    group: 'page-needs-data',
    outcomes: ['server-component-read'],
    boundaries: ['server-component'],
    whenThisFits: [
      'The page shows the same thing to every visitor and should appear in search results: a product, a blog post, a changelog entry, a help article. Search engines reward a fast, complete HTML page with a title, a description and one canonical address, and they need a 404 when the item is gone.',
      'A Server Component reads the item through a query function, as on any page. What makes it rank is around that read. generateStaticParams lists the known items, so `next build` renders each page once. `revalidate` sets how old a page may get: after an hour the next visit still gets the stored page, and Next.js renders a fresh one in the background. generateMetadata writes the head from the same read (React’s cache() lets the two share it), and notFound() turns a missing item into a 404 before anything is sent.',
      'The page must not ask who is visiting. One call to cookies() or headers(), directly or through a helper such as getSessionUser(), makes it render on every request: no stored page, no quick first byte. Keep signed-in parts (a cart, “Hello, Ada”) on a private page (/recipes/private-page/) or in a small client component that asks after load. A list that visitors search and filter is /recipes/search-in-the-url/.',
    ],
    featureWord: 'product',
    files: [
      {
        path: 'app/products/[id]/page.tsx',
        role: 'the page: static params, hourly revalidation, metadata, notFound()',
      },
      {
        path: 'features/products/queries.ts',
        role: "the reads, import 'server-only', findProduct wrapped in React cache()",
      },
    ],
    code: [
      {
        file: 'app/products/[id]/page.tsx',
        role: 'One page per product, built at `next build` and refreshed at most hourly. generateMetadata and the page read the same product; a missing one is a 404.',
      },
      {
        file: 'features/products/queries.ts',
        role: 'Reads that depend on nothing about the visitor. findProduct is wrapped in cache(), so the metadata and the page share one read per render.',
      },
    ],
    checklist: [
      'Read nothing about the visitor: no cookies(), headers() or session helper in the page, its layouts or generateMetadata, so one rendered page serves everyone.',
      'Return every known item from generateStaticParams, each param a string, so `next build` prerenders the pages.',
      'Set `revalidate` (in seconds) to how stale the page may get, and call revalidatePath for the item’s address wherever the item is edited, so a change shows without waiting.',
      'Write the title, description and canonical URL in generateMetadata, from the same read as the page; wrap the read in React’s cache() so the two share it.',
      'Make the canonical link absolute: set metadataBase (once, in the root layout of a real app) and give alternates.canonical the path.',
      'Call notFound() for a missing item before any <Suspense> boundary, so the answer is a 404 and not a 200 page with noindex.',
      'Look the [id] segment up; never build a query, a file path or a URL from it unchecked.',
      'Keep the page’s HTML complete: render the text search engines should read in the Server Component, not in a client component that fetches it.',
    ],
    traps: [
      {
        symptom:
          '`next build` lists the route with ƒ (Dynamic) instead of ● (SSG), every visit renders it again, and the response says Cache-Control: private, no-cache, no-store instead of s-maxage.',
        cause:
          'The page, a layout above it or generateMetadata calls cookies() or headers(), often through a helper such as getSessionUser() or a personalised header in the root layout. Those are request-time APIs: one use makes the whole route render per request.',
        fix: 'Remove the per-visitor read from this route. Show signed-in parts on a private page or in a client component that asks after load, and keep the root layout free of session reads.',
      },
      {
        symptom: '`next build` stops while collecting the pages to prerender.',
        message:
          'A required parameter ({key}) was not provided as a string received {type} in generateStaticParams for {page}',
        source: 'next',
        cause:
          'generateStaticParams returned database ids as numbers. Route params are always strings, as they appear in the URL.',
        fix: 'Convert each value: `ids.map((id) => ({ id: String(id) }))`.',
      },
      {
        symptom:
          'A deleted or unknown product answers 200 with an empty page or a “not found” sentence, and search engines keep it in their index.',
        cause:
          'The page renders a message instead of calling notFound(), or calls it inside a <Suspense> boundary after streaming has started, when the status line has already gone out as 200 (Next.js then only adds a noindex tag).',
        fix: 'Look the item up at the top of the page and of generateMetadata and call notFound() there, before any boundary. Add a not-found.tsx for a friendly message.',
      },
      {
        symptom: 'A product added after launch answers 404 for up to an hour, then appears.',
        cause:
          'Someone asked for its address before it existed. That 404 was rendered like any other page of the route and stored for the revalidate time.',
        fix: 'Call revalidatePath(`/products/${id}`) in the Server Action or Route Handler that creates or publishes the item.',
      },
    ],
    readNext: [
      serverComponentsGuide,
      {
        title: 'Next.js: generateMetadata',
        href: 'https://nextjs.org/docs/app/api-reference/functions/generate-metadata',
      },
      {
        title: 'Next.js: generateStaticParams',
        href: 'https://nextjs.org/docs/app/api-reference/functions/generate-static-params',
      },
      {
        title: 'Next.js: Incremental Static Regeneration',
        href: 'https://nextjs.org/docs/app/guides/incremental-static-regeneration',
      },
      {
        title: 'Next.js: notFound() after streaming has started',
        href: 'https://nextjs.org/docs/app/api-reference/functions/not-found#calling-notfound-after-streaming-has-started',
      },
    ],
    searchWords: [
      'SEO',
      'search engine',
      'rank',
      'Google',
      'product page',
      'blog post',
      'article',
      'changelog',
      'landing page',
      'metadata',
      'canonical',
      'static',
      'ISR',
      'revalidate',
      'prerender',
      '404',
      'not found',
      'public page',
    ],
  },

  {
    slug: 'parallel-reads',
    title: 'A page with several independent reads',
    summary:
      'A page built from several reads that do not need each other: a dashboard with counts, billing and recent activity.',
    description:
      'Start every read of a page together in a Server Component (start, then await with Promise.all), stream the slow part inside <Suspense> with a fallback, and drop the client component that calls the server once per part on mount.',
    group: 'page-needs-data',
    outcomes: ['server-component-read'],
    boundaries: ['server-component'],
    whenThisFits: [
      'The page is made of parts that each need their own read: counts from the database, the subscription from the billing provider, the imports still running, the recent activity. None needs another’s answer. Awaited one after another, the page waits for all of them added up; started together, it waits only for the slowest.',
      'The Server Component starts every read before it awaits any. What the top of the page needs goes into Promise.all. The slowest read is not awaited in the page at all: its promise goes to a component inside <Suspense>, so the rest of the page is sent at once with a fallback, and the slow part streams into place when its read ends. One request, one render, no endpoint.',
      'The habit this replaces is a client component that calls the server once per part when it mounts, through fetch or through Server Actions: nothing starts before the JavaScript has loaded, the actions are sent one at a time, and the HTML holds only spinners. If the browser must read again after the page is up, use a GET Route Handler with a client library (/recipes/client-data-library/) or poll it (/recipes/poll-a-job/). If one read needs another’s result, start each read as soon as its input is known.',
    ],
    featureWord: 'overview',
    files: [
      {
        path: 'app/dashboard/overview/page.tsx',
        role: 'the page: starts every read, awaits the quick ones, streams the slow one',
      },
      {
        path: 'app/dashboard/overview/recent-updates.tsx',
        role: 'the streamed part: awaits the promise the page started',
      },
      {
        path: 'features/overview/queries.ts',
        role: "the reads, import 'server-only', each standing in for a round trip",
      },
    ],
    code: [
      {
        file: 'app/dashboard/overview/page.tsx',
        role: 'Reads the session, starts the four reads at once, awaits the three quick ones with Promise.all and hands the slow one to <RecentUpdates> inside <Suspense>.',
      },
      {
        file: 'app/dashboard/overview/recent-updates.tsx',
        role: 'An async Server Component that waits for a read already under way; while it waits, the reader sees the fallback.',
      },
      {
        file: 'features/overview/queries.ts',
        role: 'One function per part of the page, each filtered by the user. The wait in each stands in for a database or service round trip, so the example shows (and its tests measure) what starting them together saves.',
      },
    ],
    checklist: [
      'Read the session on the server first and filter each read by that user, as on any private page.',
      'Start every independent read before the first await: call the functions, then await Promise.all, or await each promise where it is used.',
      'Await in the page only what the first screen needs; pass the promise of a slow part to an async component inside <Suspense>.',
      'Give each fallback the size of what replaces it, so the page does not jump when the part streams in.',
      'Call notFound() and redirect() before the first <Suspense> boundary: once streaming starts, the status is 200.',
      'Decide what a failed read does: Promise.all rejects as a whole, so use Promise.allSettled for parts the page can show without, and add an error.tsx for the rest.',
      'Keep these reads on the server: no useEffect that calls a Route Handler or a Server Action for data the first render needs.',
    ],
    traps: [
      {
        symptom:
          'The page takes as long as all its reads added up (here 0.8 s three times, then 2 s: 4.4 s instead of 2 s), and every new part makes each visit slower.',
        cause:
          'The reads are awaited one after another: each `await` waits for its read to finish before the next line starts the next one.',
        fix: 'Call every read function first and await afterwards: `const [a, b] = await Promise.all([readA(), readB()])`, or pass the started promises down to the components that use them.',
      },
      {
        symptom:
          'The page paints empty boxes with spinners that fill in one after another; the network panel shows one POST to the page’s own address per part, each starting when the previous one ends.',
        cause:
          'A client component loads each part in useEffect by calling a Server Action. Nothing starts before hydration, Next.js sends Server Actions from one client one at a time, and a POST is never cached.',
        fix: 'Read in the Server Component and render the parts there. If a part must refresh in the browser later, give it a GET Route Handler and fetch that (see /recipes/client-data-library/).',
      },
      {
        symptom:
          'Nothing appears until the slowest read is done: the first byte of the page arrives after about 2 s.',
        cause:
          'The slow read is awaited in the page itself, outside any <Suspense> boundary, so no part of the page can be sent before it ends.',
        fix: 'Do not await it in the page: hand its promise to an async component inside <Suspense fallback={…}>. Use loading.tsx instead only when nothing useful can show without the data.',
      },
      {
        symptom:
          'The fallback shows at once, but the slow part arrives later than its own read takes (2.8 s here instead of 2 s).',
        cause:
          'The streamed component starts its read itself when it renders, and it renders only after the page’s Promise.all has finished: a waterfall hidden behind the fallback.',
        fix: 'Start the slow read in the page, before awaiting the others, and pass the promise down; or preload it with a function wrapped in React’s cache().',
      },
    ],
    readNext: [
      serverComponentsGuide,
      { title: 'Next.js: parallel data fetching', href: `${docs.fetchingData}#parallel-data-fetching` },
      { title: 'Next.js: streaming', href: docs.streaming },
      { title: 'Next.js: when streaming starts', href: `${docs.streaming}#when-does-streaming-start` },
      {
        title: 'Next.js: Server Actions are sent one at a time',
        href: 'https://nextjs.org/docs/app/guides/server-actions#sequential-dispatch-on-the-client',
      },
    ],
    searchWords: [
      'parallel',
      'Promise.all',
      'waterfall',
      'Suspense',
      'stream',
      'streaming',
      'loading state',
      'skeleton',
      'spinner',
      'dashboard',
      'widgets',
      'slow query',
      'several requests',
      'multiple fetches',
      'useEffect',
    ],
  },

  {
    slug: 'search-in-the-url',
    title: 'Search, filters and pages in the URL',
    summary:
      'A list the reader searches, filters or pages through, where each result set has its own address.',
    description:
      'Keep search, filters and pagination in the query string: the page reads searchParams (checked with zod), a plain GET form and links change it, and the Server Component renders the answer. No endpoint, and it works without JavaScript.',
    group: 'page-needs-data',
    outcomes: ['server-component-read'],
    boundaries: ['server-component'],
    whenThisFits: [
      'The reader narrows a list: types part of a name, picks a status, goes to page 2. Each of those states deserves an address that can be bookmarked, shared, reloaded and reached with the back button, and whose pages a search engine can follow.',
      'So the query string is the state. The page awaits searchParams (a Promise on Next.js 15 and 16), parses it with zod, falling back to a default for anything it cannot use, and reads one page of results on the server. A GET form writes the search into the address, links write the status and the page, and each change renders the Server Component again. There is no API route and no client state, and it all works with JavaScript off; with JavaScript on, the links navigate without a full reload.',
      'Fetch from the browser only when results must change while the reader is still typing: that is /recipes/search-suggestions/. A list that grows as the reader scrolls is /recipes/infinite-scroll/; its first page still comes from the server.',
    ],
    files: [
      {
        path: 'app/projects/browse/page.tsx',
        role: 'the page: reads searchParams, renders the form, the filter links, the results and the pages',
      },
      {
        path: 'features/projects/browse-params.ts',
        role: 'the zod schema for the query string, with a fallback for each value, and the link builder',
      },
      {
        path: 'features/projects/browse-queries.ts',
        role: "the read, import 'server-only': one page of public projects",
      },
    ],
    code: [
      {
        file: 'app/projects/browse/page.tsx',
        role: 'Awaits searchParams, parses it and renders one page of results. The GET form carries the status in a hidden field; the links keep the other values.',
      },
      {
        file: 'features/projects/browse-params.ts',
        role: 'What the query string may hold. A missing, repeated or bad value falls back to its default, and browseHref leaves defaults out so each result set has one address.',
      },
      {
        file: 'features/projects/browse-queries.ts',
        role: 'Filters, sorts and slices on the server, never shows drafts, and shows the last page for a page number past the end.',
      },
    ],
    checklist: [
      'Await searchParams (a Promise on Next.js 15 and 16) and parse it with zod, each value with a fallback, so a hand-edited address still renders.',
      'Take the first value when a key repeats: ?q=a&q=b arrives as an array.',
      'Limit what the address can ask for: a maximum length for the search, a fixed page size, a page past the end shown as the last page.',
      'Use a GET form (the default method) whose action is the page for typed input, and links for filters and pages, each built from the current values so the others are kept.',
      'Leave values at their default out of the address, so each result set has one URL.',
      'Key the form by the current search, so the box shows the new value after a link or the back button changes it.',
      'Filter out what visitors may not see (drafts here) inside the query, whatever the address asks for.',
      'Add no Route Handler and no useEffect for this list: the page is the endpoint.',
      'For a search that submits without a full page load, swap <form> for <Form> from next/form: same fields, same address, and it still works without JavaScript.',
    ],
    traps: [
      {
        symptom:
          'The results are missing from the HTML (view source, or JavaScript off, shows a spinner), reloading or sharing the link loses the filters, and the back button skips them.',
        cause:
          'The filters live in React state, and a client component fetches a Route Handler in useEffect whenever they change.',
        fix: 'Move the state into the query string, read it from searchParams in the Server Component, and delete the route and the effect.',
      },
      {
        symptom:
          '`next build` stops on a page whose client component reads the address with useSearchParams() ({hook} below).',
        message: '{hook} should be wrapped in a suspense boundary at page "{page}".',
        source: 'next',
        cause:
          'The page has nothing else dynamic, so Next.js prerenders it at build time, when there is no query string. useSearchParams() makes the component render in the browser instead, and without a <Suspense> boundary around it the whole page would.',
        fix: 'Read searchParams in the page (a Server Component) and pass the values down as props. If a client component must read the address itself, wrap it in <Suspense>.',
      },
      {
        symptom:
          'On Next.js 16 the filters do nothing: every address shows the first page of everything. The same code worked on 15, with a warning in the terminal.',
        cause:
          '`searchParams` is a Promise. Next.js 15 still let a page read its properties directly and warned; 16 removed that, so `searchParams.q` is undefined.',
        fix: 'Type the prop as Promise<…> and await it (or read it with use() in a client page). The next-async-request-api codemod rewrites older pages.',
      },
      {
        symptom:
          'After the back button or a link changes the search, the results follow but the box still shows what the reader typed last.',
        cause:
          'defaultValue only fills an input the reader has not typed in. A client-side navigation renders the same page again, and React keeps the existing input with its typed text.',
        fix: 'Give the form a key from the current search (`key={params.q}`), so React mounts a new form whenever the search changes.',
      },
    ],
    readNext: [
      serverComponentsGuide,
      {
        title: 'Next.js: searchParams of a page',
        href: `${docs.page}#searchparams-optional`,
      },
      {
        title: 'Next.js: filtering with searchParams',
        href: `${docs.page}#handling-filtering-with-searchparams`,
      },
      {
        title: 'Next.js: the Form component',
        href: 'https://nextjs.org/docs/app/api-reference/components/form',
      },
      {
        title: 'Next.js 16: async request APIs',
        href: 'https://nextjs.org/docs/app/guides/upgrading/version-16#async-request-apis-breaking-change',
      },
    ],
    searchWords: [
      'search',
      'filter',
      'filters',
      'pagination',
      'paging',
      'page 2',
      'sort',
      'query string',
      'URL state',
      'searchParams',
      'GET form',
      'faceted search',
      'table filters',
      'no JavaScript',
    ],
  },
]
