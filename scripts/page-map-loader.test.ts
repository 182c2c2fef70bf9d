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

  it('fails the build when the page map is not where Nextra puts it', () => {
    expect(() => pageMapLoader('export default []')).toThrow(/no `export const pageMap/)
  })
})

type MetaEntry = string | { title?: string; display?: string }
const pagesDir = join(process.cwd(), 'pages')

function folders(dir: string): string[] {
  const children = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory())
  return [dir, ...children.flatMap((name) => folders(join(dir, name)))]
}

// With no titles in the page map, the sidebar, breadcrumb and pagination would fall back to file
// names for any page its folder's _meta.ts does not name.
describe.each(folders(pagesDir).map((dir) => ({ folder: relative(pagesDir, dir) || '.', dir })))(
  'pages/$folder/_meta.ts',
  ({ dir }) => {
    it('gives every page and subfolder a title, or hides it', async () => {
      const meta = ((await import(join(dir, '_meta.ts'))) as { default: Record<string, MetaEntry> }).default
      const entries = readdirSync(dir)
        .filter((name) => !name.startsWith('_'))
        .filter((name) => name.endsWith('.mdx') || statSync(join(dir, name)).isDirectory())
        .map((name) => name.replace(/\.mdx$/, ''))
      expect(entries.length).toBeGreaterThan(0)
      for (const name of entries) {
        const entry = meta[name]
        const titled = typeof entry === 'string' || Boolean(entry?.title) || entry?.display === 'hidden'
        expect(titled, `${name} has no title in _meta.ts`).toBe(true)
      }
    })
  },
)
