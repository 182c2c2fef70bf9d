import type { NextApiRequest, NextApiResponse } from 'next'
import { z } from 'zod'
import { searchProjects } from '@/features/projects/queries'

const querySchema = z
  .string({ error: 'Send one query, as ?q=.' })
  .trim()
  .min(2, 'Type at least two characters.')
  .max(100, 'Keep the query under 100 characters.')

// Suggestions the search box fetches while the reader types: a read after the page is up, so it
// needs a URL. Under /v1 only because app/api/search/route.ts answers /api/search in this example
// app, and one URL cannot have both a Route Handler and an API Route.
export default function handler(request: NextApiRequest, response: NextApiResponse) {
  if (request.method !== 'GET') {
    response.setHeader('Allow', 'GET')
    return response.status(405).json({ error: 'method_not_allowed', message: 'Use GET.' })
  }
  const query = querySchema.safeParse(request.query.q)
  if (!query.success) {
    const message = query.error.issues[0]?.message ?? 'Invalid query.'
    return response.status(400).json({ error: 'invalid_query', message })
  }
  // Public suggestions: no session, and no CORS headers, so other sites cannot read them.
  const suggestions = searchProjects(query.data).map(({ id, name }) => ({ id, name }))
  // A few seconds of reuse for the same query as the reader types and deletes.
  response.setHeader('Cache-Control', 'private, max-age=30')
  return response.status(200).json({ query: query.data, suggestions })
}
