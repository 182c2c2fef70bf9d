import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { siteAddress } from '../../lib/base-path'
import { writeSearchIndex } from '../../lib/build/search/build-search-index'
import { listHtmlFiles, listPagePaths, urlPathOf } from '../exported-site'
import { checkBasePath, checkExportDir } from './base-path.mjs'
import { deferHydration, pageDataFolder } from './hydrate-on-intent'
import { writeOgImages } from './preview-cards/og-images'

/**
 * Finishing touches on out/ after `next build`:
 * - 404.html at the root, which static hosts serve (with status 404) for unknown paths. Next.js
 *   writes only 404/index.html when the 404 page has getStaticProps and trailingSlash is on.
 * - sitemap.xml listing every page, at its public address (sub-path included).
 * - Every page loads Next.js, and the page data it hydrates from, on the reader's first intent instead
 *   of at once (hydrate-on-intent.ts);
 *   the 404 page loads it at once, since only the browser knows which address was asked for.
 * - Open Graph preview cards (og/*.png), drawn here so no image is committed.
 * - The search index of every page kind (lib/build/search), from the text Nextra indexed and the content.
 */
export function finishExport(outDir: string, siteUrl: string, basePath = ''): { pages: number } {
  const notFoundPage = join(outDir, '404/index.html')
  if (!existsSync(join(outDir, '404.html'))) {
    if (!existsSync(notFoundPage)) throw new Error(`No 404 page in ${outDir}: is pages/404.mdx missing?`)
    copyFileSync(notFoundPage, join(outDir, '404.html'))
  }
  mkdirSync(join(outDir, pageDataFolder), { recursive: true })
  for (const file of listHtmlFiles(outDir)) {
    const eager = urlPathOf(outDir, file).startsWith('/404')
    const { html, data } = deferHydration(readFileSync(file, 'utf8'), { file: relative(outDir, file), eager })
    if (data) writeFileSync(join(outDir, pageDataFolder, data.file), data.content)
    writeFileSync(file, html)
  }
  const pages = listPagePaths(outDir).filter((path) => !path.startsWith('/404'))
  const base = siteAddress(siteUrl, basePath)
  const urls = pages.map((path) => `  <url><loc>${base}${encodeURI(path)}</loc></url>`).join('\n')
  writeFileSync(
    join(outDir, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
  )
  return { pages: pages.length }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const siteUrl = process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000'
  const basePath = checkBasePath(process.env.BASE_PATH)
  // The folder next build exported to: out/, or EXPORT_DIR when the build was pointed elsewhere.
  const outDir = process.argv[2] ?? checkExportDir(process.env.EXPORT_DIR) ?? 'out'
  const { pages } = finishExport(outDir, siteUrl, basePath)
  const cards = writeOgImages(outDir)
  const searchPages = writeSearchIndex(outDir)
  console.log(
    `after-export: 404.html in place, sitemap.xml lists ${pages} pages, ${cards} preview cards drawn, ${searchPages} pages in the search index`,
  )
}
