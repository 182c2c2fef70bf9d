import type { NextApiRequest, NextApiResponse } from 'next'
import { findArticle, publishedEntrySchema } from '@/features/articles/articles'
import { fieldErrors } from '@/lib/http'
import { cmsHookSecret } from '@/lib/webhooks/secrets'
import { secretMatches } from '@/lib/webhooks/shared-secret'

// The CMS's publish hook in a Pages Router app: check the secret, then regenerate the page.
// Nothing is signed here, so the body parser may stay on.
export default async function handler(request: NextApiRequest, response: NextApiResponse) {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST')
    return response.status(405).json({ error: 'method_not_allowed', message: 'Use POST.' })
  }
  const header = request.headers['x-webhook-secret']
  const given = typeof header === 'string' ? header : request.query.secret
  if (typeof given !== 'string' || !(await secretMatches(given, cmsHookSecret()))) {
    return response
      .status(401)
      .json({ error: 'invalid_secret', message: 'The hook secret is missing or wrong.' })
  }

  const entry = publishedEntrySchema.safeParse(request.body)
  if (!entry.success) {
    const fields = fieldErrors(entry.error)
    return response.status(422).json({ error: 'invalid_body', message: 'Some fields are invalid.', fields })
  }
  const { slug } = entry.data
  if (!findArticle(slug)) {
    return response.status(404).json({ error: 'unknown_entry', message: `No entry "${slug}" in the CMS.` })
  }

  // #region revalidate
  // A path as the browser asks for it, starting with a slash. Next.js generates the page again
  // before revalidate() resolves, so the answer says whether it worked.
  const path = `/handbook/${slug}`
  try {
    await response.revalidate(path)
  } catch (error) {
    const message = error instanceof Error ? error.message : 'Revalidation failed.'
    return response.status(500).json({ error: 'revalidate_failed', message })
  }
  return response.json({ revalidated: [path] })
  // #endregion revalidate
}
