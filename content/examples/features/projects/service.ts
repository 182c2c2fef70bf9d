// #region server-only
import 'server-only'
// #endregion server-only
import { db, newId, type Project, type ProjectStatus, type User } from '@/lib/db'

/**
 * The project rules, in one place for every entry point (Server Actions, Route Handlers, pages/api):
 * Draft → Active → Archived, only the owner changes a project's status, and archived is final.
 * Entry points authenticate and validate; the service decides.
 */

const nextStatuses: Record<ProjectStatus, ProjectStatus[]> = {
  draft: ['active'],
  active: ['archived'],
  archived: [],
}

export type ServiceResult =
  | { ok: true; project: Project }
  | { ok: false; reason: 'not_found' | 'forbidden' | 'illegal_transition'; message: string }

export function changeProjectStatus(actor: User, projectId: string, to: ProjectStatus): ServiceResult {
  const project = db().projects.find((candidate) => candidate.id === projectId)
  // Another user's project answers like a missing one, so ids cannot be probed.
  if (!project || project.ownerId !== actor.id) {
    return { ok: false, reason: 'not_found', message: `No project ${projectId} of yours.` }
  }
  if (!nextStatuses[project.status].includes(to)) {
    return {
      ok: false,
      reason: 'illegal_transition',
      message: `A ${project.status} project cannot become ${to}.`,
    }
  }
  project.status = to
  project.updatedAt = new Date().toISOString()
  return { ok: true, project }
}

export function archiveProject(actor: User, projectId: string): ServiceResult {
  return changeProjectStatus(actor, projectId, 'archived')
}

export function createProject(actor: User, name: string): Project {
  const project: Project = {
    id: newId('p'),
    ownerId: actor.id,
    name,
    status: 'draft',
    updatedAt: new Date().toISOString(),
  }
  db().projects.push(project)
  return project
}

/** Admins may delete any project; nobody else may delete at all. */
export function deleteProject(actor: User, projectId: string): ServiceResult {
  if (actor.role !== 'admin') {
    return { ok: false, reason: 'forbidden', message: 'Only an admin can delete projects.' }
  }
  const store = db()
  const project = store.projects.find((candidate) => candidate.id === projectId)
  if (!project) return { ok: false, reason: 'not_found', message: `No project ${projectId}.` }
  store.projects = store.projects.filter((candidate) => candidate.id !== projectId)
  return { ok: true, project }
}

// #region cleanup
/**
 * The nightly clean-up: delete the share links that expired before `now`, and name them. Safe to run
 * twice, or while another run is under way: a link already deleted is neither found nor counted again.
 * A hosted scheduler reaches it through app/api/cron/cleanup/route.ts, a crontab through
 * scripts/nightly-cleanup.ts.
 */
export function removeExpiredShareLinks(now: Date): { removed: string[] } {
  const store = db()
  const expired = store.shareLinks.filter((link) => Date.parse(link.expiresAt) <= now.getTime())
  store.shareLinks = store.shareLinks.filter((link) => !expired.includes(link))
  return { removed: expired.map((link) => link.id) }
}
// #endregion cleanup
