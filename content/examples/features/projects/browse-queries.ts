import 'server-only'
import { db, type Project } from '@/lib/db'
import type { BrowseParams } from './browse-params'

/** Small, so the seed data already fills more than one page. */
export const browsePageSize = 2

export type BrowseResult = { projects: Project[]; total: number; page: number; pageCount: number }

/**
 * One page of the public projects (never drafts) whose name contains `q`, in name order. A page
 * past the end shows the last one, so an old link still lands on results.
 */
export function browseProjects({ q, status, page }: BrowseParams): BrowseResult {
  const needle = q.toLowerCase()
  const matching = db()
    .projects.filter(
      (project) =>
        project.status !== 'draft' &&
        (status === 'all' || project.status === status) &&
        project.name.toLowerCase().includes(needle),
    )
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
  const pageCount = Math.max(1, Math.ceil(matching.length / browsePageSize))
  const shown = Math.min(page, pageCount)
  const start = (shown - 1) * browsePageSize
  return {
    projects: matching.slice(start, start + browsePageSize),
    total: matching.length,
    page: shown,
    pageCount,
  }
}
