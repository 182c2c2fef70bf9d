import { existsSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { withoutBasePath } from '../../lib/base-path'
import { checkBasePath } from '../build/base-path.mjs'
import { listHtmlFiles, resolveToFile, urlPathOf } from '../exported-site'

export type BrokenLink = { page: string; href: string; problem: string }

const linkTag = /<(a|link|script|img|source|iframe)\b[^>]*>/gi
const linkAttribute = /\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi
const idAttribute = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi
const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'data:'])

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** Markup only: inline script bodies and comments can hold text that looks like tags. */
function stripScriptsAndComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1')
}

export function extractLinks(html: string): string[] {
  const links: string[] = []
  for (const [tag] of stripScriptsAndComments(html).matchAll(linkTag)) {
    for (const match of tag.matchAll(linkAttribute)) links.push(decodeEntities(match[2] ?? match[3] ?? ''))
  }
  return links
}

export function extractAnchors(html: string): Set<string> {
  const anchors = new Set<string>()
  for (const match of stripScriptsAndComments(html).matchAll(idAttribute)) {
    anchors.add(decodeEntities(match[1] ?? match[2] ?? ''))
  }
  return anchors
}

/**
 * Every internal link and anchor in the exported site that does not resolve, and every malformed
 * external one. With `basePath`, the site is published under that sub-path: its links must carry it.
 */
export function findBrokenLinks(root: string, basePath = ''): BrokenLink[] {
  const broken: BrokenLink[] = []
  const anchorsByFile = new Map<string, Set<string>>()
  const anchorsOf = (file: string) => {
    if (!anchorsByFile.has(file)) anchorsByFile.set(file, extractAnchors(readFileSync(file, 'utf8')))
    return anchorsByFile.get(file)!
  }
  const base = 'http://site.invalid'

  for (const file of listHtmlFiles(root)) {
    const page = urlPathOf(root, file)
    for (const href of extractLinks(readFileSync(file, 'utf8'))) {
      let url: URL
      try {
        url = new URL(href, base + basePath + page)
      } catch {
        broken.push({ page, href, problem: 'not a valid URL' })
        continue
      }
      if (url.origin !== base) {
        if (!allowedSchemes.has(url.protocol))
          broken.push({ page, href, problem: `unexpected scheme ${url.protocol}` })
        continue
      }
      const path = withoutBasePath(url.pathname, basePath)
      if (path === null) {
        broken.push({ page, href, problem: `outside the sub-path ${basePath} the site is built for` })
        continue
      }
      const target = resolveToFile(root, decodeURIComponent(path))
      if (!target) {
        broken.push({ page, href, problem: 'no such page or file' })
        continue
      }
      const anchor = decodeURIComponent(url.hash.slice(1))
      if (anchor && target.endsWith('.html') && !anchorsOf(target).has(anchor)) {
        broken.push({ page, href, problem: `no element with id "${anchor}"` })
      }
    }
  }
  return broken
}

function main() {
  const root = process.argv[2] ?? 'out'
  // The sub-path the site was built for (npm run build reads the same variable).
  const basePath = checkBasePath(process.env.BASE_PATH)
  if (!existsSync(root)) {
    console.error(`check-links: ${root} does not exist; build the site first.`)
    process.exit(2)
  }
  const pages = listHtmlFiles(root).length
  const broken = findBrokenLinks(root, basePath)
  for (const { page, href, problem } of broken) console.error(`  ${page} → ${href}: ${problem}`)
  if (broken.length > 0) {
    console.error(`check-links: ${broken.length} broken link(s) in ${pages} pages`)
    process.exit(1)
  }
  console.log(`check-links: every link resolves in ${pages} pages`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
