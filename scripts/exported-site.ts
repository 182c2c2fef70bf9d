import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Every HTML file of an exported site, sorted. */
export function listHtmlFiles(root: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name)
    if (entry.isDirectory()) files.push(...listHtmlFiles(path))
    else if (entry.name.endsWith('.html')) files.push(path)
  }
  return files.sort()
}

/** The URL path a static host serves a file at: out/guide/index.html → /guide/. */
export function urlPathOf(root: string, file: string): string {
  const path = '/' + relative(root, file).split(sep).join('/')
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path
}

/** The file a plain static host would answer a URL path with, or null when there is none. */
export function resolveToFile(root: string, urlPath: string): string | null {
  const local = join(root, ...urlPath.split('/').filter(Boolean))
  const candidates = urlPath.endsWith('/')
    ? [join(local, 'index.html')]
    : [local, `${local}.html`, join(local, 'index.html')]
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null
}

/** The pages a reader can open: one URL per page, without the duplicate /404/ copy of 404.html. */
export function listPagePaths(root: string): string[] {
  return listHtmlFiles(root)
    .map((file) => urlPathOf(root, file))
    .filter((path) => path !== '/404/')
}
