import type { GetStaticPaths, GetStaticProps } from 'next'
import { articleSlugs, findArticle } from '@/features/articles/articles'

type Props = { title: string; body: string }

// Generated at `next build`, then served as it is until pages/api/webhooks/publish.ts calls
// res.revalidate() for this path. No `revalidate` here: nothing regenerates it on a timer.
export const getStaticPaths: GetStaticPaths = () => ({
  paths: articleSlugs().map((slug) => ({ params: { slug } })),
  fallback: 'blocking',
})

export const getStaticProps: GetStaticProps<Props, { slug: string }> = ({ params }) => {
  const article = params && findArticle(params.slug)
  if (!article) return { notFound: true }
  return { props: { title: article.title, body: article.body } }
}

export default function HandbookPage({ title, body }: Props) {
  return (
    <main>
      <article>
        <h1>{title}</h1>
        <p>{body}</p>
      </article>
    </main>
  )
}
