import { notFound } from 'next/navigation'
import { articleSlugs, findArticle } from '@/features/articles/articles'

// Generated at `next build` for every slug, then served as it is until the CMS's publish hook
// (app/api/webhooks/cms/route.ts) revalidates this path.
export function generateStaticParams(): Array<{ slug: string }> {
  return articleSlugs().map((slug) => ({ slug }))
}

export default async function ArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const article = findArticle(slug)
  if (!article) notFound()
  return (
    <main>
      <article>
        <h1>{article.title}</h1>
        <p>{article.body}</p>
      </article>
    </main>
  )
}
