import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Every guide article must stand on its own: enough words, a title and a description for search
// results, at least one official docs page, and a way into the wizard.
const guideDir = join(process.cwd(), 'pages/guide')
const articles = readdirSync(guideDir)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({ file, source: readFileSync(join(guideDir, file), 'utf8') }))

function prose(source: string): string {
  return source
    .replace(/^---[\s\S]*?---/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/^import .*$/gm, '')
}

describe('guide articles', () => {
  it('are all there', () => {
    const expected = [
      'boundary-question',
      'server-components',
      'server-actions',
      'route-handlers',
      'services',
      'proxy',
      'pages-router',
      'migrating-from-pages-api',
      'costs-of-the-wrong-boundary',
      'security-checklist',
      'faq',
      'cheatsheet',
    ]
    const files = articles.map(({ file }) => file.replace(/\.mdx$/, ''))
    for (const slug of expected) expect(files).toContain(slug)
  })

  it.each(articles)(
    '$file has 300+ words, one h1, a description, a docs link and a way into /decide',
    ({ source }) => {
      const frontMatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? ''
      expect(frontMatter).toMatch(/^title: .+$/m)
      const description = /^description: (.+)$/m.exec(frontMatter)?.[1] ?? ''
      expect(description.length).toBeGreaterThanOrEqual(50)
      expect(prose(source).split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(300)
      expect(prose(source).match(/^# .+$/gm)).toHaveLength(1)
      expect(source).toMatch(/\]\(https:\/\/nextjs\.org\/docs\/[^)]+\)/)
      expect(source).toMatch(/\]\(\/decide\/[^)]*\)/)
      expect(source).toMatch(/## Decide for your feature\n\n\[[^\]]+\]\(\/decide\/[^)]*\)\s*$/)
    },
  )
})
