import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { slimPageMap, type PageMapItem } from './slim-page-map.mjs'

// The shape Nextra 3.3.1 hands to transformPageMap: a folder's _meta.ts is an item whose data is
// the name of its import.
const pageMap: PageMapItem[] = [
  { data: 'meta' },
  {
    name: 'faq',
    route: '/faq',
    frontMatter: { title: 'FAQ', description: 'Short answers.' },
  },
  { name: 'themed', route: '/themed', frontMatter: { title: 'Themed', theme: { toc: false } } },
  {
    name: 'scenarios',
    route: '/scenarios',
    children: [
      {
        name: 'index',
        route: '/scenarios',
        frontMatter: { title: 'Scenarios', description: 'Common features.' },
      },
    ],
  },
]

describe('slimPageMap', () => {
  it('drops every description, and titles where the folder has its _meta.ts', () => {
    expect(slimPageMap(pageMap)).toEqual([
      { data: 'meta' },
      { name: 'faq', route: '/faq' },
      { name: 'themed', route: '/themed', frontMatter: { theme: { toc: false } } },
      {
        name: 'scenarios',
        route: '/scenarios',
        children: [{ name: 'index', route: '/scenarios', frontMatter: { title: 'Scenarios' } }],
      },
    ])
  })

  it('leaves the page map it was given unchanged', () => {
    const before = JSON.stringify(pageMap)
    slimPageMap(pageMap)
    expect(JSON.stringify(pageMap)).toBe(before)
  })

  it('is part of the transformPageMap of our Nextra options', async () => {
    const { nextraOptions } = await import('../../next.config.mjs')
    expect(nextraOptions.transformPageMap(pageMap)).toEqual(slimPageMap(pageMap))
  })
})

type MetaEntry =
  string | { title?: string; display?: string; theme?: { layout?: string; breadcrumb?: boolean } }
const pagesDir = join(process.cwd(), 'pages')

function folders(dir: string): string[] {
  const children = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory())
  return [dir, ...children.flatMap((name) => folders(join(dir, name)))]
}

// slimPageMap drops page titles in folders whose _meta.ts the page map carries: those without a
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
