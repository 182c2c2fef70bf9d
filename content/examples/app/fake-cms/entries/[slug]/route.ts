import { z } from 'zod'
import { cmsEditorToken, findArticle } from '@/features/articles/articles'
import { jsonError, readJson, validationError } from '@/lib/http'

// A stand-in for a headless CMS's editing API, so the example runs on its own: an editor saves
// an entry here, and the CMS then calls the publish hook. Your app does not have this file.

const entrySchema = z.object({
  title: z.string().trim().min(1, 'Enter a title'),
  body: z.string().trim().min(1, 'Enter the text'),
})

export async function PUT(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  if (request.headers.get('authorization') !== `Bearer ${cmsEditorToken}`) {
    return jsonError(401, 'unauthorized', 'Only the CMS editor may change entries.')
  }
  const { slug } = await params
  const article = findArticle(slug)
  if (!article) return jsonError(404, 'not_found', `No entry "${slug}".`)
  const entry = entrySchema.safeParse(await readJson(request))
  if (!entry.success) return validationError(entry.error)
  Object.assign(article, entry.data)
  return Response.json({ entry: article })
}
