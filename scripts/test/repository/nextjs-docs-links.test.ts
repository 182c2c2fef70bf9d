import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  docsLinkProblem,
  docsPages,
  docsPathOf,
  docsUrlsIn,
  frontMatter,
  headingAnchors,
  readDocsFiles,
  type DocsFile,
  type DocsPage,
} from '../../../lib/build/nextjs-docs'
import { verifiedNextVersions } from '../../../lib/build/verified-versions'
import { currentNextDocsDir } from '../example-app-install'

const root = join(import.meta.dirname, '../../..')

// Where the site keeps text a reader sees or a tool prints: every nextjs.org/docs link in them is checked.
const scanned = ['pages', 'content', 'components', 'lib', 'theme.config.tsx']
const skipped = new Set(['node_modules', '.next', 'content/examples/.next'])
const textFile = /\.(mdx?|[cm]?[jt]sx?|json|css)$/

/** The only older docs a link may name: the previous major, for "On Next.js 15" notes. */
const previousMajors = [verifiedNextVersions.previous.split('.')[0]!]

interface FoundLink {
  file: string
  line: number
  url: string
}

function filesUnder(base: string, path: string): string[] {
  const full = join(base, path)
  if (!statSync(full, { throwIfNoEntry: false })) return []
  if (!statSync(full).isDirectory()) return textFile.test(path) ? [path] : []
  return readdirSync(full).flatMap((name) => {
    const child = `${path}/${name}`
    return skipped.has(name) || skipped.has(child) ? [] : filesUnder(base, child)
  })
}

/** Every https://nextjs.org/docs link in the scanned files under `base`, with its file and line. */
function docsLinksIn(base: string): FoundLink[] {
  return scanned
    .flatMap((path) => filesUnder(base, path))
    .flatMap((file) =>
      readFileSync(join(base, file), 'utf8')
        .split('\n')
        .flatMap((text, index) => docsUrlsIn(text).map((url) => ({ file, line: index + 1, url }))),
    )
}

/** One line per link that does not resolve: `file:line url: why`. */
function brokenLinks(links: readonly FoundLink[], pages: ReadonlyMap<string, DocsPage>): string[] {
  return links.flatMap(({ file, line, url }) => {
    const problem = docsLinkProblem(url, pages, previousMajors)
    return problem ? [`${file}:${line} ${url}: ${problem}`] : []
  })
}

const page = (file: string, text: string): DocsFile => ({ file, text })

describe('the shipped Next.js docs tree', () => {
  it('maps files to the URL paths nextjs.org serves', () => {
    expect(docsPathOf('01-app/01-getting-started/07-mutating-data.md')).toBe(
      '/docs/app/getting-started/mutating-data',
    )
    expect(docsPathOf('01-app/03-api-reference/03-file-conventions/route.md')).toBe(
      '/docs/app/api-reference/file-conventions/route',
    )
    expect(docsPathOf('02-pages/index.md')).toBe('/docs/pages')
    expect(docsPathOf('03-architecture/fast-refresh.md')).toBe('/docs/architecture/fast-refresh')
    expect(docsPathOf('index.md')).toBe('/docs')
  })

  it('reads the top-level front matter fields', () => {
    const text =
      '---\ntitle: Links\nsource: app/api-reference/components/link\nrelated:\n  links:\n    - app/x\n---\n'
    expect(frontMatter(text)).toEqual({
      title: 'Links',
      source: 'app/api-reference/components/link',
      related: '',
    })
  })

  it('gives each heading its GitHub id, outside code fences and comments, with -1 for a repeat', () => {
    const text = [
      '---',
      'title: T',
      '---',
      '## What are Server Functions?',
      '### `<Image/>` Component',
      '### Extended `NextRequest` and `NextResponse` APIs',
      '## [Linked](/docs/x) heading',
      '```bash',
      '# not a heading',
      '```',
      '{/* ## not a heading either */}',
      '## Examples',
      '## Examples',
    ].join('\n')
    expect(headingAnchors(text, 'app')).toEqual([
      'what-are-server-functions',
      'image-component',
      'extended-nextrequest-and-nextresponse-apis',
      'linked-heading',
      'examples',
      'examples-1',
    ])
  })

  it('keeps <AppOnly> headings on App Router pages and <PagesOnly> ones on Pages Router pages', () => {
    const text = '## Shared\n\n<AppOnly>\n\n## App\n\n</AppOnly>\n\n<PagesOnly>\n\n## Pages\n\n</PagesOnly>\n'
    expect(headingAnchors(text, 'app')).toEqual(['shared', 'app'])
    expect(headingAnchors(text, 'pages')).toEqual(['shared', 'pages'])
  })

  it('lists published pages: a draft is left out, a source page shows its source as its own router sees it', () => {
    const pages = docsPages([
      page('index.md', '---\ntitle: Docs\n---\n## Welcome\n'),
      page(
        '01-app/02-guides/forms.md',
        '---\ntitle: Forms\n---\n## Shared\n<PagesOnly>\n## Pages only\n</PagesOnly>\n',
      ),
      page(
        '02-pages/02-guides/forms.md',
        '---\ntitle: Forms\nsource: app/guides/forms\n---\n{/* DO NOT EDIT */}\n',
      ),
      page(
        '01-app/03-api-reference/middleware.md',
        '---\ntitle: middleware.js\nversion: draft\n---\n## Old\n',
      ),
    ])
    expect([...pages.keys()].sort()).toEqual(['/docs', '/docs/app/guides/forms', '/docs/pages/guides/forms'])
    expect([...pages.get('/docs/app/guides/forms')!.anchors]).toEqual(['shared'])
    expect([...pages.get('/docs/pages/guides/forms')!.anchors]).toEqual(['shared', 'pages-only'])
    expect(() => docsPages([page('02-pages/x.md', '---\ntitle: X\nsource: app/missing\n---\n')])).toThrow(
      '02-pages/x.md: its source "app/missing" is not a page of the docs tree',
    )
  })

  it('tells why a link does not resolve', () => {
    const pages = docsPages([
      page('index.md', '---\ntitle: Docs\n---\n'),
      page('01-app/01-getting-started/07-mutating-data.md', '---\ntitle: Mutating Data\n---\n## Forms\n'),
    ])
    const problem = (url: string) => docsLinkProblem(url, pages, ['15'])
    expect(problem('https://nextjs.org/docs')).toBeUndefined()
    expect(problem('https://nextjs.org/docs/app/getting-started/mutating-data')).toBeUndefined()
    expect(problem('https://nextjs.org/docs/app/getting-started/mutating-data/')).toBeUndefined()
    expect(problem('https://nextjs.org/docs/app/getting-started/mutating-data#forms')).toBeUndefined()
    expect(problem('https://nextjs.org/docs/app/getting-started/updating-data')).toBe(
      '/docs/app/getting-started/updating-data is not a page of the current Next.js docs',
    )
    expect(problem('https://nextjs.org/docs/app/getting-started/mutating-data#updating')).toBe(
      '#updating is not a heading of /docs/app/getting-started/mutating-data (01-app/01-getting-started/07-mutating-data.md)',
    )
    expect(problem('https://nextjs.org/docs/15/app/getting-started/updating-data')).toBeUndefined()
    expect(
      problem('https://nextjs.org/docs/15/pages/building-your-application/routing/api-routes'),
    ).toBeUndefined()
    expect(problem('https://nextjs.org/docs/15/architecture/fast-refresh')).toBe(
      'is not a /docs/15/app/... or /docs/15/pages/... page',
    )
    expect(problem('https://nextjs.org/docs/14/app/getting-started')).toBe(
      'links to the Next.js 14 docs; only /docs/15/ notes are allowed',
    )
  })

  it('finds links in running text, without the punctuation after them', () => {
    expect(
      docsUrlsIn(
        'See ([Forms](https://nextjs.org/docs/app/guides/forms#x)), https://nextjs.org/docs/app/a. Or `https://nextjs.org/docs`.',
      ),
    ).toEqual([
      'https://nextjs.org/docs/app/guides/forms#x',
      'https://nextjs.org/docs/app/a',
      'https://nextjs.org/docs',
    ])
  })

  it('names a broken link and the file it is in', () => {
    const site = mkdtempSync(join(tmpdir(), 'docs-links-'))
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(site, file)), { recursive: true })
      writeFileSync(join(site, file), text)
    }
    write(
      'pages/guide/a.mdx',
      'Fine ([Docs](https://nextjs.org/docs)).\n[Old](https://nextjs.org/docs/app/old-page)\n',
    )
    write('content/examples/.next/server/x.js', '"https://nextjs.org/docs/app/build-output"')
    write('content/examples/node_modules/x/README.md', 'https://nextjs.org/docs/app/dependency')
    write('lib/x.ts', "const docs = 'https://nextjs.org/docs/app/guides/forms#no-such-heading'\n")
    write('theme.config.tsx', '<a href="https://nextjs.org/docs/13/app">13</a>')
    const pages = docsPages([
      page('index.md', '---\ntitle: Docs\n---\n'),
      page('01-app/02-guides/forms.md', '---\ntitle: Forms\n---\n## Examples\n'),
    ])
    const links = docsLinksIn(site)
    expect(links.map(({ file }) => file)).toEqual([
      'pages/guide/a.mdx',
      'pages/guide/a.mdx',
      'lib/x.ts',
      'theme.config.tsx',
    ])
    expect(brokenLinks(links, pages)).toEqual([
      'pages/guide/a.mdx:2 https://nextjs.org/docs/app/old-page: /docs/app/old-page is not a page of the current Next.js docs',
      'lib/x.ts:1 https://nextjs.org/docs/app/guides/forms#no-such-heading: #no-such-heading is not a heading of /docs/app/guides/forms (01-app/02-guides/forms.md)',
      'theme.config.tsx:1 https://nextjs.org/docs/13/app: links to the Next.js 13 docs; only /docs/15/ notes are allowed',
    ])
  })
})

describe(`links to the Next.js docs resolve in the ${verifiedNextVersions.current} docs the package ships`, () => {
  const pages = docsPages(readDocsFiles(currentNextDocsDir()))
  const links = docsLinksIn(root)

  it('reads the whole tree and finds the links', () => {
    expect(pages.size).toBeGreaterThan(300)
    expect(pages.get('/docs/app/getting-started/mutating-data')?.anchors).toContain(
      'invoking-server-functions',
    )
    expect(links.length).toBeGreaterThan(100)
  })

  it('every link names a current page (and a heading of it), or a /docs/15/ App or Pages Router page', () => {
    const broken = brokenLinks(links, pages)
    expect(broken, `${broken.length} broken links to nextjs.org/docs:\n${broken.join('\n')}`).toEqual([])
  })
})
