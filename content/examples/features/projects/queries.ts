import 'server-only'
import { db, type Project, type ProjectStatus } from '@/lib/db'

/**
 * Reads for Server Components and GET routes. They return plain data and never change the store.
 */

export function listProjectsOf(ownerId: string, status?: ProjectStatus): Project[] {
  return db().projects.filter(
    (project) => project.ownerId === ownerId && (status === undefined || project.status === status),
  )
}

/** Every active project, for the public list and the feed. */
export function listActiveProjects(): Project[] {
  return db().projects.filter((project) => project.status === 'active')
}

/** Projects whose name contains the query, case-insensitive; at most `limit`. */
export function searchProjects(query: string, limit = 5): Project[] {
  const needle = query.toLowerCase()
  return db()
    .projects.filter((project) => project.status !== 'draft' && project.name.toLowerCase().includes(needle))
    .slice(0, limit)
}

export function ownerName(ownerId: string): string {
  return db().users.find((user) => user.id === ownerId)?.name ?? 'Unknown'
}
