import { searchProjects } from '@/features/projects/queries'
import { jsonError } from '@/lib/http'

// Browser code asks for suggestions while the reader types, so the read needs a URL it can fetch.
export function GET(request: Request): Response {
  const query = new URL(request.url).searchParams.get('q')?.trim() ?? ''
  if (query.length < 2) return jsonError(400, 'query_too_short', 'Type at least two characters.')
  if (query.length > 100) return jsonError(400, 'query_too_long', 'Keep the query under 100 characters.')
  const suggestions = searchProjects(query).map(({ id, name }) => ({ id, name }))
  return Response.json({ query, suggestions }, { headers: { 'Cache-Control': 'private, max-age=30' } })
}
