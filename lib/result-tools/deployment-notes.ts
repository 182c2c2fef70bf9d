import type { BoundaryId } from '../../content/boundaries'
import type { DeploymentId } from './deployment'

/** What next build prints, word for word from next/dist 15.5.29 and 16.4.6 (the test reads them). */
export const staticExportMessages = {
  /** next/dist/export/index.js, thrown when the build contains a Server Action. */
  serverAction: 'Server Actions are not supported with static export.',
  /** next/dist/server/route-modules/app-route/module.js, for a GET handler without opt-in. */
  dynamicGet:
    'export const dynamic = "force-static"/export const revalidate not configured on route "/api/projects" with "output: export".',
  /** next/dist/export/index.js: a warning, and the build goes on without the API Routes. */
  apiRoutes:
    'Statically exporting a Next.js application via `next export` disables API routes and middleware.',
  /** next/dist/lib/constants.js (SERVER_PROPS_EXPORT_ERROR). */
  serverSideProps: 'pages with `getServerSideProps` can not be exported.',
}

/** What each deployment means for the boundaries: the limits the host or the process sets. */
export const deploymentSummaries: Record<DeploymentId, string> = {
  'node-server':
    'Every boundary works. Memory belongs to one process: an in-memory cache, rate limit or session, and what revalidatePath or revalidateTag clear, stay on the instance that handled the request. With several instances, keep state in a database or a shared cache handler, and build every instance with the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (each build otherwise makes its own key), or a Server Action sent to another instance fails.',
  serverless:
    'Every boundary works, within the host’s limits. A function runs for a limited time (export const maxDuration asks for more, up to what the plan allows), the host caps the request body whatever Next.js’s own body limits say, and a WebSocket cannot stay open: the connection closes when the response ends or the time runs out. Each request may run in a fresh instance, so keep state in a database, not in memory.',
  'static-export':
    'There is no server at request time: only what can be computed during next build is deployed.',
}

export const staticExportDocs = {
  app: 'https://nextjs.org/docs/app/guides/static-exports',
  pages: 'https://nextjs.org/docs/pages/guides/static-exports',
}

/** How much of a boundary a static export keeps: all of it, part of it (`verdict` says which), none. */
export type Availability = 'yes' | 'partly' | 'no'

/** What happens to one boundary in a static export, and what to do instead. */
export type StaticExportNote = {
  boundary: BoundaryId
  availability: Availability
  /** The short answer shown after the boundary's name, such as "only a GET handler that opts in". */
  verdict: string
  note: string
  docs: string
}

const quoted = (message: string) => `“${message}”`

const staticExportNotes: Record<BoundaryId, Omit<StaticExportNote, 'boundary'>> = {
  'server-component': {
    availability: 'partly',
    verdict: 'runs at build time only',
    note: 'Runs once, during next build: the page shows the data as it was at build time and cannot read cookies or headers. Fetch per-user data in a Client Component from an API you host elsewhere.',
    docs: staticExportDocs.app,
  },
  'server-action': {
    availability: 'no',
    verdict: 'not available',
    note: `Server Actions are not supported in a static export: next build stops with ${quoted(staticExportMessages.serverAction)} Send the form to an API on another server (a Route Handler in a separate deployment, or your backend) with fetch from a Client Component.`,
    docs: staticExportDocs.app,
  },
  'route-handler': {
    availability: 'partly',
    verdict: 'only a GET handler that opts in',
    note: `A GET handler is exported, as a file written at build time, only when it opts in with export const dynamic = 'force-static' (or 'error'), a revalidate of false or more than 0, or generateStaticParams. Any other GET handler stops next build with ${quoted(staticExportMessages.dynamicGet)} A handler without GET, such as a POST webhook, builds without a word and is left out, so its URL answers 404 in production. Webhooks, token checks, query strings and POST need a server: deploy the handler to a Node or serverless host and call it there.`,
    docs: staticExportDocs.app,
  },
  service: {
    availability: 'yes',
    verdict: 'works where it is called',
    note: 'A service still works where it is called: at build time from a Server Component or getStaticProps, or in the server that hosts your API.',
    docs: staticExportDocs.app,
  },
  'api-route': {
    availability: 'no',
    verdict: 'not available',
    note: `API Routes are not supported in a static export. next build only warns, ${quoted(staticExportMessages.apiRoutes)}, and leaves every pages/api route out, so each URL answers 404 in production. Move the endpoint to a server (a Next.js app with next start, a serverless function, or your backend).`,
    docs: staticExportDocs.pages,
  },
  'pages-data': {
    availability: 'partly',
    verdict: 'getStaticProps only',
    note: `getStaticProps works and runs at build time. A page with getServerSideProps stops next build with ${quoted(staticExportMessages.serverSideProps)} Read per-request data in the browser instead.`,
    docs: staticExportDocs.pages,
  },
  middleware: {
    availability: 'no',
    verdict: 'not available',
    note: 'Proxy (middleware.ts on Next.js 15) is on the static export docs’ list of unsupported features: nothing runs before a file is served. Put the check in your host’s own rules or in the API the pages call.',
    docs: staticExportDocs.app,
  },
  external: {
    availability: 'yes',
    verdict: 'runs where you host it',
    note: 'Work outside the Next.js app does not depend on how the site is deployed: the static pages call the service, the worker or the form endpoint at its own address.',
    docs: staticExportDocs.app,
  },
}

/** For a static export: one note per boundary of the decision. Other deployments need none. */
export function deploymentNotes(
  deployment: DeploymentId,
  boundaryIds: readonly BoundaryId[],
): StaticExportNote[] {
  if (deployment !== 'static-export') return []
  return boundaryIds.map((boundary) => ({ boundary, ...staticExportNotes[boundary] }))
}
