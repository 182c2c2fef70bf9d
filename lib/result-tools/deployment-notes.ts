import type { BoundaryId } from '../../content/boundaries'
import type { DeploymentId } from './deployment'

/** What each deployment means for the boundaries, in a sentence. */
export const deploymentSummaries: Record<DeploymentId, string> = {
  'node-server': 'Every boundary works, and one long-lived process keeps memory between requests.',
  serverless:
    'Every boundary works. Each request may run in a fresh instance, so keep state in a database, not in memory.',
  'static-export':
    'There is no server at request time: only what can be computed during next build is deployed.',
}

export const staticExportDocs = {
  app: 'https://nextjs.org/docs/app/guides/static-exports',
  pages: 'https://nextjs.org/docs/pages/guides/static-exports',
}

/** What happens to one boundary in a static export, and what to do instead. */
export type StaticExportNote = { boundary: BoundaryId; available: boolean; note: string; docs: string }

const staticExportNotes: Record<BoundaryId, Omit<StaticExportNote, 'boundary'>> = {
  'server-component': {
    available: true,
    note: 'Runs once, during next build: the page shows the data as it was at build time and cannot read cookies or headers. Fetch per-user data in a Client Component from an API you host elsewhere.',
    docs: staticExportDocs.app,
  },
  'server-action': {
    available: false,
    note: 'Server Actions are not supported in a static export. Send the form to an API on another server (a Route Handler in a separate deployment, or your backend) with fetch from a Client Component.',
    docs: staticExportDocs.app,
  },
  'route-handler': {
    available: false,
    note: 'Only GET handlers that do not read the request are exported, as files written at build time. Webhooks, token checks, query strings and POST need a server: deploy the handler to a Node or serverless host and call it there.',
    docs: staticExportDocs.app,
  },
  service: {
    available: true,
    note: 'A service still works where it is called: at build time from a Server Component or getStaticProps, or in the server that hosts your API.',
    docs: staticExportDocs.app,
  },
  'api-route': {
    available: false,
    note: 'API Routes are not supported in a static export. Move the endpoint to a server (a Next.js app with next start, a serverless function, or your backend).',
    docs: staticExportDocs.pages,
  },
  'pages-data': {
    available: true,
    note: 'getStaticProps works and runs at build time; getServerSideProps is not supported. Read per-request data in the browser instead.',
    docs: staticExportDocs.pages,
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
