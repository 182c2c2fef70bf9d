import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * The pages of the Next.js docs as nextjs.org serves them, read from the Markdown that the `next`
 * package ships in `dist/docs/`. A file such as `01-app/01-getting-started/07-mutating-data.md` is the
 * page `/docs/app/getting-started/mutating-data`; a folder's `index.md` is the folder's own page.
 */

/** One Markdown file of the docs tree: its path inside the tree (with `/`) and its text. */
export interface DocsFile {
  file: string
  text: string
}

/** A published docs page: its URL path and the ids of its headings (what `#anchor` may name). */
export interface DocsPage {
  path: string
  file: string
  anchors: ReadonlySet<string>
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

/** The top-level `key: value` pairs of a page's front matter (lists and nested keys are skipped). */
export function frontMatter(text: string): Record<string, string> {
  const block = frontMatterPattern.exec(text)?.[1] ?? ''
  const fields: Record<string, string> = {}
  for (const line of block.split(/\r?\n/)) {
    const field = /^([A-Za-z_]+):\s*(.*)$/.exec(line)
    if (field) fields[field[1]!] = field[2]!.trim().replace(/^(['"])(.*)\1$/, '$2')
  }
  return fields
}

/**
 * The URL path of a file in the docs tree: numeric prefixes and `.md` dropped, `index` naming the
 * folder itself. `01-app/01-getting-started/07-mutating-data.md` → `/docs/app/getting-started/mutating-data`.
 */
export function docsPathOf(file: string): string {
  const segments = file
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((segment) => segment.replace(/^\d+-/, ''))
  if (segments.at(-1) === 'index') segments.pop()
  return ['/docs', ...segments].join('/')
}

/** GitHub's heading id: lower case, punctuation dropped (`_` and `-` kept), spaces to hyphens. */
function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-')
}

/** The text a heading shows: links reduced to their text, code and emphasis marks removed. */
function headingText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
}

type Router = 'app' | 'pages'

/**
 * The ids of the headings a page shows, in order, with GitHub's `-1`, `-2` suffixes for repeats. Fenced
 * code and `{/* comments *\/}` are not headings; content wrapped in `<AppOnly>` shows only in the App
 * Router docs and `<PagesOnly>` only in the Pages Router docs.
 */
export function headingAnchors(markdown: string, router: Router): string[] {
  const body = markdown
    .replace(frontMatterPattern, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(router === 'app' ? /<PagesOnly>[\s\S]*?<\/PagesOnly>/g : /<AppOnly>[\s\S]*?<\/AppOnly>/g, '')
  const seen = new Map<string, number>()
  const anchors: string[] = []
  let fence: string | undefined
  for (const line of body.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && /^\s*[`~]+\s*$/.test(line)) {
        fence = undefined
      }
      continue
    }
    if (marker) {
      fence = marker
      continue
    }
    const heading = /^#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)
    if (!heading) continue
    const base = headingSlug(headingText(heading[1]!))
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    anchors.push(count === 0 ? base : `${base}-${count}`)
  }
  return anchors
}

/**
 * Every page the docs tree publishes, keyed by URL path. A `version: draft` page is not published. A
 * page with `source:` shows the text of that other page (as its own router sees it), so its anchors
 * are that page's headings.
 */
export function docsPages(files: readonly DocsFile[]): Map<string, DocsPage> {
  const byPath = new Map(files.map((file) => [docsPathOf(file.file), file]))
  const pages = new Map<string, DocsPage>()
  for (const [path, file] of byPath) {
    const fields = frontMatter(file.text)
    if (fields.version === 'draft') continue
    const router: Router = path.startsWith('/docs/pages') ? 'pages' : 'app'
    const source = fields.source
      ? byPath.get(`/docs/${fields.source.replace(/^\/?(docs\/)?/, '')}`)
      : undefined
    if (fields.source && !source) {
      throw new Error(`${file.file}: its source "${fields.source}" is not a page of the docs tree`)
    }
    const anchors = headingAnchors((source ?? file).text, router)
    pages.set(path, { path, file: file.file, anchors: new Set(anchors) })
  }
  return pages
}

/** The Markdown files under `dir` (the `dist/docs` folder of an installed `next`). */
export function readDocsFiles(dir: string): DocsFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name)
      return { file: relative(dir, path).split(/[\\/]/).join('/'), text: readFileSync(path, 'utf8') }
    })
    .sort((a, b) => a.file.localeCompare(b.file))
}

/** A link to nextjs.org/docs, split into the parts the checks need. */
export interface DocsLink {
  url: string
  /** `15` for `/docs/15/...`, undefined for the current docs. */
  version?: string
  /** The path without the version: `/docs/app/...`. */
  path: string
  anchor?: string
}

const docsUrlPattern = /https:\/\/nextjs\.org\/docs(?:[/?#][^\s"'`<>()[\]{}\\|]*)?/g

/** Every nextjs.org/docs URL in a text, without the sentence punctuation that may follow one. */
export function docsUrlsIn(text: string): string[] {
  return [...text.matchAll(docsUrlPattern)].map((match) => match[0].replace(/[.,;:!?*_]+$/, ''))
}

function parseDocsLink(url: string): DocsLink {
  const { pathname, hash } = new URL(url)
  const path = pathname.replace(/\/+$/, '') || '/docs'
  const versioned = /^\/docs\/(\d+)(\/.*)?$/.exec(path)
  return {
    url,
    ...(versioned ? { version: versioned[1]!, path: `/docs${versioned[2] ?? ''}` } : { path }),
    ...(hash.length > 1 ? { anchor: decodeURIComponent(hash.slice(1)) } : {}),
  }
}

/**
 * Why a link does not resolve, or undefined when it does. Current-docs links must name a published
 * page and, with `#anchor`, one of its headings. Links into the docs of an older major (the only
 * ones allowed are `previousMajors`) must at least name an App Router or Pages Router page.
 */
export function docsLinkProblem(
  url: string,
  pages: ReadonlyMap<string, DocsPage>,
  previousMajors: readonly string[],
): string | undefined {
  const link = parseDocsLink(url)
  if (link.version !== undefined) {
    if (!previousMajors.includes(link.version)) {
      return `links to the Next.js ${link.version} docs; only ${previousMajors.map((v) => `/docs/${v}/`).join(', ')} notes are allowed`
    }
    if (!/^\/docs\/(app|pages)\/[a-z0-9-]/i.test(link.path)) {
      return `is not a /docs/${link.version}/app/... or /docs/${link.version}/pages/... page`
    }
    return undefined
  }
  const page = pages.get(link.path)
  if (!page) return `${link.path} is not a page of the current Next.js docs`
  if (link.anchor !== undefined && !page.anchors.has(link.anchor)) {
    return `#${link.anchor} is not a heading of ${link.path} (${page.file})`
  }
  return undefined
}
