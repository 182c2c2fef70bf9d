import { revalidatePath } from 'next/cache'
import { findArticle, publishedEntrySchema } from '@/features/articles/articles'
import { cmsHookSecret } from '@/lib/webhooks/secrets'
import { secretMatches } from '@/lib/webhooks/shared-secret'
import { jsonError, readJson, validationError } from '@/lib/http'

// The CMS calls this after an editor publishes: the pages it names are generated again.
export async function POST(request: Request): Promise<Response> {
  // #region secret
  // Configured in the CMS as a header; some CMSs can only add it to the URL (?secret=).
  const given = request.headers.get('x-webhook-secret') ?? new URL(request.url).searchParams.get('secret')
  if (!given || !(await secretMatches(given, cmsHookSecret()))) {
    return jsonError(401, 'invalid_secret', 'The hook secret is missing or wrong.')
  }
  // #endregion secret

  const entry = publishedEntrySchema.safeParse(await readJson(request))
  if (!entry.success) return validationError(entry.error)
  const { slug } = entry.data
  if (!findArticle(slug)) return jsonError(404, 'unknown_entry', `No entry "${slug}" in the CMS.`)

  // #region revalidate
  // The next visit to this page generates it again with the published content.
  const path = `/articles/${slug}`
  revalidatePath(path)
  return Response.json({ revalidated: [path] })
  // #endregion revalidate
}
