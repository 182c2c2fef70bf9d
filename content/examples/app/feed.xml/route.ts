import { listActiveProjects, ownerName } from '@/features/projects/queries'
import { escapeXml } from '@/lib/xml'

const siteUrl = 'https://projects.example.com'

// A feed reader needs a URL with an XML body: a Route Handler at app/feed.xml/route.ts.
export function GET(): Response {
  const items = listActiveProjects()
    .map(
      (project) => `    <item>
      <title>${escapeXml(project.name)}</title>
      <link>${siteUrl}/projects#${escapeXml(project.id)}</link>
      <guid isPermaLink="false">${escapeXml(project.id)}</guid>
      <dc:creator>${escapeXml(ownerName(project.ownerId))}</dc:creator>
      <pubDate>${new Date(project.updatedAt).toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n')
  // The declaration must be the very first characters: a line break before it breaks the feed.
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Active projects</title>
    <link>${siteUrl}/projects</link>
    <description>Projects that are active right now.</description>
${items}
  </channel>
</rss>
`
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
