import Head from 'next/head'
import { siteUrl } from './site-url'

type Props = { title: string; description: string; path: string; card: string }

/**
 * The head of a page readers share (a scenario, a recipe): its title and description, its canonical
 * address, and its own preview card (`card`, a path under the site such as /og/recipes/x.png).
 */
export function SharedPageHead({ title, description, path, card }: Props) {
  return (
    <Head>
      <title>{title}</title>
      <meta name="description" content={description} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <link rel="canonical" href={siteUrl + path} />
      <meta property="og:image" content={siteUrl + card} key="og:image" />
      <meta property="og:url" content={siteUrl + path} />
      <meta name="twitter:card" content="summary_large_image" />
    </Head>
  )
}
