import { z } from 'zod'
import { decodeCursor } from '@/features/changelog/cursor'
import { changelogPageSize, listChangelog } from '@/features/changelog/queries'
import { jsonError } from '@/lib/http'

const limitSchema = z.coerce.number().int().min(1).max(changelogPageSize.max)

// The later pages of the changelog, for the list that loads more as the reader scrolls.
export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams
  const limit = limitSchema.safeParse(params.get('limit') ?? changelogPageSize.default)
  if (!limit.success) {
    const { max } = changelogPageSize
    return jsonError(400, 'invalid_limit', `Ask for 1 to ${max} entries at a time.`)
  }
  const cursor = params.get('cursor')
  const after = cursor === null ? undefined : decodeCursor(cursor)
  if (after === null) {
    return jsonError(400, 'invalid_cursor', 'Unknown cursor: start again from the first page.')
  }
  // The same for every reader, and a page after a cursor hardly changes: shared caches may keep it.
  return Response.json(listChangelog({ after, limit: limit.data }), {
    headers: { 'Cache-Control': 'public, max-age=60' },
  })
}
