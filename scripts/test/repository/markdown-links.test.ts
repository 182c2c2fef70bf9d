import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = process.cwd()
const skipped = new Set(['node_modules', '.next', 'out', '.git', 'bench/baseline', 'bench/plain-articles'])

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (skipped.has(relative(root, path)) || entry.name === 'node_modules' || entry.name === '.next')
      return []
    if (entry.isDirectory()) return markdownFiles(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

// The repository's own Markdown (README, docs/, folder notes) is read in a fresh clone: every
// relative link must name a file in the clone, never a folder beside it.
describe('Markdown files in the repository', () => {
  const files = markdownFiles(root)

  it('include the README and the architecture page', () => {
    expect(files.map((file) => relative(root, file))).toEqual(
      expect.arrayContaining(['README.md', 'docs/architecture.md']),
    )
  })

  it.each(files.map((file) => [relative(root, file), file]))(
    '%s links only to files in the clone',
    (_, file) => {
      const text = readFileSync(file, 'utf8')
      const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
        .map((match) => match[1]!)
        .filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('#'))
      for (const href of targets) {
        const target = resolve(dirname(file), href.split('#')[0]!)
        expect(relative(root, target).startsWith('..'), `${href} leaves the repository`).toBe(false)
        expect(existsSync(target), `${href} does not exist`).toBe(true)
      }
    },
  )
})
