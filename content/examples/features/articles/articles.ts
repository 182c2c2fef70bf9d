import { z } from 'zod'
import { type Article, db } from '@/lib/db'

/**
 * The articles a CMS publishes. The pages that show them are generated at build time and served
 * as they are until the CMS's publish hook asks for them to be generated again.
 */

export function articleSlugs(): string[] {
  return db().articles.map((article) => article.slug)
}

export function findArticle(slug: string): Article | undefined {
  return db().articles.find((article) => article.slug === slug)
}

/** What the publish hook posts: which entry changed. Anything else in the body is ignored. */
export const publishedEntrySchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/, 'Send the slug of the entry that changed, like release-notes'),
})

/** The editor's token of the stand-in CMS (app/fake-cms): your app has no such thing. */
export const cmsEditorToken = 'cms-editor-token'
