import 'server-only'
import { db, type ChangelogEntry } from '@/lib/db'
import { encodeCursor, type ChangelogCursor } from './cursor'

export const changelogPageSize = { default: 20, max: 50 } as const

export type ChangelogPage = { entries: ChangelogEntry[]; nextCursor: string | null }

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Newest first; ties on the date go by id, so the order is total and a cursor is unambiguous. */
function newerFirst(a: ChangelogEntry, b: ChangelogEntry): number {
  return compare(b.publishedAt, a.publishedAt) || compare(b.id, a.id)
}

function comesAfter(entry: ChangelogEntry, cursor: ChangelogCursor): boolean {
  return newerFirst(entry, { ...cursor, title: '' }) > 0
}

/**
 * One page of the changelog after `after` (from the start without it). Keyset pagination: the
 * page starts after the last entry the reader has, so an entry published in the meantime never
 * shifts the pages and nothing is shown twice, as an offset would.
 */
type PageRequest = { after?: ChangelogCursor; limit: number }

export function listChangelog({ after, limit }: PageRequest): ChangelogPage {
  const sorted = [...db().changelog].sort(newerFirst)
  const rest = after ? sorted.filter((entry) => comesAfter(entry, after)) : sorted
  const entries = rest.slice(0, limit)
  const last = entries.at(-1)
  return { entries, nextCursor: rest.length > limit && last ? encodeCursor(last) : null }
}
