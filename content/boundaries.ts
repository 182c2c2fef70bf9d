/**
 * The boundary ids every view agrees on (result element, graph outcomes, scenarios, tests),
 * with the words and links shown for each.
 */
export const boundaryIds = [
  'server-component',
  'server-action',
  'route-handler',
  'service',
  'api-route',
  'pages-data',
  'middleware',
  'external',
] as const

export type BoundaryId = (typeof boundaryIds)[number]

export type Boundary = {
  name: string
  /** One line: what it is. */
  summary: string
  /** Our article about it. */
  article: string
  /** The official Next.js documentation page for it. */
  docs: string
}

export const boundaries: Record<BoundaryId, Boundary> = {
  'server-component': {
    name: 'Server Component',
    summary: 'An async React component rendered on the server that calls a query function directly.',
    article: '/guide/server-components/',
    docs: 'https://nextjs.org/docs/app/getting-started/server-and-client-components',
  },
  'server-action': {
    name: 'Server Action',
    summary: "An async function marked 'use server' that your own interface calls to change data.",
    article: '/guide/server-actions/',
    docs: 'https://nextjs.org/docs/app/getting-started/mutating-data',
  },
  'route-handler': {
    name: 'Route Handler',
    summary: 'A route.ts file that takes a Web Request and returns a Response at a URL you choose.',
    article: '/guide/route-handlers/',
    docs: 'https://nextjs.org/docs/app/api-reference/file-conventions/route',
  },
  service: {
    name: 'Service function',
    summary: 'Plain server-only TypeScript that holds the rule, called by every entry point.',
    article: '/guide/services/',
    docs: 'https://nextjs.org/docs/app/guides/data-security',
  },
  'api-route': {
    name: 'API Route (pages/api)',
    summary: 'A Pages Router endpoint in pages/api that takes NextApiRequest and NextApiResponse.',
    article: '/guide/pages-router/',
    docs: 'https://nextjs.org/docs/pages/building-your-application/routing/api-routes',
  },
  'pages-data': {
    name: 'getServerSideProps / getStaticProps',
    summary: 'Pages Router data functions that run on the server and pass props to the page.',
    article: '/guide/pages-router/',
    docs: 'https://nextjs.org/docs/pages/building-your-application/data-fetching/get-server-side-props',
  },
  middleware: {
    name: 'Proxy (middleware)',
    summary: 'proxy.ts (middleware.ts on Next.js 15): a first, optimistic check that runs before routes.',
    article: '/guide/proxy/',
    docs: 'https://nextjs.org/docs/app/api-reference/file-conventions/proxy',
  },
  external: {
    name: 'Outside the Next.js app',
    summary:
      'A separate service or process: a realtime server, a queue and its worker, storage the browser uploads to, a hosted form endpoint.',
    article: '/recipes/#outside-the-app',
    docs: 'https://nextjs.org/docs/app/guides/self-hosting',
  },
}
