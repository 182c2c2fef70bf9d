import { readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const pageMapLoader = require('./page-map-loader.cjs') as (source: string) => string

// The shape Nextra 3.3.1 writes into .next/static/chunks/nextra-page-map-*.mjs.
const generated = `import meta from "../../../pages/_meta.ts";
import scenarios_meta from "../../../pages/scenarios/_meta.ts";
export const pageMap = [{
  data: meta
}, {
  name: "faq",
  route: "/faq",
  frontMatter: {
    "title": "FAQ",
    "description": "Short answers, with \\"quotes\\" and ]; in them."
  }
}, {
  name: "themed",
  route: "/themed",
  frontMatter: {
    "title": "Themed",
    "theme": { "toc": false }
  }
}, {
  name: "scenarios",
  route: "/scenarios",
  children: [{
    name: "index",
    route: "/scenarios",
    frontMatter: {
      "title": "Scenarios",
      "description": "Common features."
    }
  }]
}];
const dynamicMetaModules = {
  "/scenarios": scenarios_meta
};`

const loaded = pageMapLoader(generated)
const evaluate = (source: string) =>
  new Function(
    'meta',
    'scenarios_meta',
    source.replace(/^import .*$/gm, '').replace('export const', 'const') + '; return pageMap',
  )({ meta: 'root' }, { meta: 'scenarios' }) as unknown

describe('page map loader', () => {
  it('drops every description, and titles where the folder has its _meta.ts', () => {
    expect(evaluate(loaded)).toEqual([
      { data: { meta: 'root' } },
      { name: 'faq', route: '/faq' },
      { name: 'themed', route: '/themed', frontMatter: { theme: { toc: false } } },
      {
        name: 'scenarios',
        route: '/scenarios',
        children: [{ name: 'index', route: '/scenarios', frontMatter: { title: 'Scenarios' } }],
      },
    ])
  })

  it('keeps the imports and the code after the page map', () => {
    expect(loaded).toContain('import scenarios_meta from "../../../pages/scenarios/_meta.ts";')
    expect(loaded).toContain('"/scenarios": scenarios_meta')
    expect(loaded).toContain('"data": meta')
  })

  it('reads a page map with nothing after it, as Nextra writes it when no folder has a dynamic route', () => {
    const trimmed =
      'import meta from "../../../pages/_meta.ts";\nexport const pageMap = [{\n  data: meta\n}, {\n  name: "faq",\n  route: "/faq",\n  frontMatter: {\n    "title": "FAQ"\n  }\n}];'
    expect(evaluate(pageMapLoader(trimmed))).toEqual([
      { data: { meta: 'root' } },
      { name: 'faq', route: '/faq' },
    ])
  })

  it('fails the build on front matter it cannot keep as it is, such as a date', () => {
    const dated = generated.replace('"theme": { "toc": false }', '"date": new Date(1790000000000)')
    expect(() => pageMapLoader(dated)).toThrow('front matter "date" is a date')
  })

  it('fails the build when the page map is not where Nextra puts it', () => {
    expect(() => pageMapLoader('export default []')).toThrow(/no `export const pageMap/)
  })
})

type MetaEntry =
  string | { title?: string; display?: string; theme?: { layout?: string; breadcrumb?: boolean } }
const pagesDir = join(process.cwd(), 'pages')

function folders(dir: string): string[] {
  const children = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory())
  return [dir, ...children.flatMap((name) => folders(join(dir, name)))]
}

// The loader drops page titles in folders whose _meta.ts the page map carries: those without a
// dynamic route. There the sidebar, breadcrumb and pagination would fall back to the file name of
// any page its _meta.ts does not name. A hidden page is in no sidebar or pagination, but its own
// breadcrumb still shows its title unless the page has none.
const staticFolders = folders(pagesDir).filter(
  (dir) => !readdirSync(dir).some((name) => name.startsWith('[')),
)

describe.each(staticFolders.map((dir) => ({ folder: relative(pagesDir, dir) || '.', dir })))(
  'pages/$folder/_meta.ts',
  ({ dir }) => {
    it('names every page, unless the page is hidden and shows no breadcrumb', async () => {
      const meta = ((await import(join(dir, '_meta.ts'))) as { default: Record<string, MetaEntry> }).default
      const pages = readdirSync(dir)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => name.replace(/\.mdx$/, ''))
      expect(pages.length).toBeGreaterThan(0)
      for (const name of pages) {
        const entry = meta[name]
        const settings = typeof entry === 'object' ? entry : {}
        const titled = typeof entry === 'string' || Boolean(settings.title)
        const noBreadcrumb = settings.theme?.layout === 'full' || settings.theme?.breadcrumb === false
        expect(
          titled || (settings.display === 'hidden' && noBreadcrumb),
          `${name} has no title in _meta.ts`,
        ).toBe(true)
      }
    })
  },
)
