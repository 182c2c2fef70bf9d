import { useConfig } from 'nextra-theme-docs'
import { withBasePath } from '../../lib/base-path'
import { siteUrl } from './site-url'

const siteName = 'Next Boundaries'
const defaultDescription =
  'Learn which server boundary a Next.js feature needs: Server Components, Server Actions, Route Handlers, service functions or pages/api.'

/** Per-page <head>: title, description and social tags, from the page's front matter. */
export function siteHead() {
  // Nextra calls this like a component, so hooks are allowed here.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  const { frontMatter, title } = useConfig()
  const pageTitle = title && title !== siteName ? `${title} – ${siteName}` : siteName
  const description =
    typeof frontMatter.description === 'string' ? frontMatter.description : defaultDescription
  return (
    <>
      <title>{pageTitle}</title>
      <meta name="description" content={description} />
      <meta property="og:title" content={pageTitle} />
      <meta property="og:description" content={description} />
      <meta property="og:site_name" content={siteName} />
      <meta property="og:image" content={`${siteUrl}/og/site.png`} key="og:image" />
      <link rel="icon" href={withBasePath('/favicon.svg')} type="image/svg+xml" />
    </>
  )
}
