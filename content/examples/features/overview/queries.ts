import 'server-only'
import { db, type ImportJob, type Project, type ProjectStatus } from '@/lib/db'

/**
 * Reads for the dashboard overview, one per part of the page. None needs another's result, so the
 * page starts them all at once. In a real app each is a round trip to a database or a service;
 * here each waits `readLatencyMs` to stand in for that trip, so the page shows what parallel reads
 * save (and the tests can measure it).
 */

export const readLatencyMs = { counts: 800, billing: 800, imports: 800, recentUpdates: 2000 }

const roundTrip = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export type ProjectCounts = Record<ProjectStatus, number>

export async function projectCountsOf(ownerId: string): Promise<ProjectCounts> {
  await roundTrip(readLatencyMs.counts)
  const counts: ProjectCounts = { draft: 0, active: 0, archived: 0 }
  for (const project of db().projects) if (project.ownerId === ownerId) counts[project.status] += 1
  return counts
}

/** The subscription's state, as the billing provider reports it. */
export async function billingStatusOf(userId: string): Promise<string> {
  await roundTrip(readLatencyMs.billing)
  return db().subscriptions[userId] ?? 'none'
}

export async function runningImportsOf(ownerId: string): Promise<ImportJob[]> {
  await roundTrip(readLatencyMs.imports)
  return db().imports.filter((job) => job.ownerId === ownerId && job.status !== 'done')
}

/** The owner's five most recently updated projects, newest first: the slowest read of the page. */
export async function recentlyUpdatedProjectsOf(ownerId: string): Promise<Project[]> {
  await roundTrip(readLatencyMs.recentUpdates)
  return db()
    .projects.filter((project) => project.ownerId === ownerId)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name))
    .slice(0, 5)
}
