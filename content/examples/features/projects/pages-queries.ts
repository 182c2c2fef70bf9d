import { db, type ProjectStatus } from '@/lib/db'

/**
 * Reads for Pages Router pages. No import 'server-only' here: Next.js refuses that marker (and
 * next/headers) in anything a pages/ page imports, and what only getServerSideProps uses is left out
 * of the browser's bundle anyway. App Router code reads through queries.ts, which keeps the marker.
 */

export type ProjectRow = { id: string; name: string; status: ProjectStatus }

/** The owner's projects with only the fields a list shows: page props are sent to the browser. */
export function listProjectRowsOf(ownerId: string): ProjectRow[] {
  return db()
    .projects.filter((project) => project.ownerId === ownerId)
    .map(({ id, name, status }) => ({ id, name, status }))
}
