import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// Next.js stops the build of a pages/ page (pages/api aside) that imports 'server-only' or
// next/headers, directly or through its imports: "You're importing a component that needs
// "server-only"" on 15, "...depends on "server-only"" on 16. This finds it before a build does.

const appDir = path.join(import.meta.dirname, '..')
const forbidden = ['server-only', 'next/headers']

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(appDir, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.join(path.dirname(from), specifier)
      : null
  if (base === null) return null
  return (
    [base, `${base}.ts`, `${base}.tsx`].find((file) => existsSync(file) && statSync(file).isFile()) ?? null
  )
}

/** Every forbidden import reachable from a file, as "file → … → module". */
function forbiddenImports(file: string, trail: string[] = [], seen = new Set<string>()): string[] {
  if (seen.has(file)) return []
  seen.add(file)
  const here = [...trail, path.relative(appDir, file)]
  const specifiers = [
    ...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*['"]([^'"]+)['"]/gm),
  ].map((match) => match[1]!)
  return specifiers.flatMap((specifier) => {
    if (forbidden.includes(specifier)) return [[...here, specifier].join(' → ')]
    const next = resolve(file, specifier)
    return next ? forbiddenImports(next, here, seen) : []
  })
}

const pageFiles = readdirSync(path.join(appDir, 'pages'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('api'))
  .map((file) => path.join(appDir, 'pages', file))

describe('pages/ pages', () => {
  it('import nothing that needs server-only or next/headers', () => {
    expect(pageFiles.map((file) => path.relative(appDir, file))).toContain('pages/my-projects.tsx')
    expect(pageFiles.flatMap((file) => forbiddenImports(file))).toEqual([])
  })

  it('would see the App Router query module’s marker', () => {
    expect(forbiddenImports(path.join(appDir, 'app/dashboard/projects/page.tsx'))).toEqual(
      expect.arrayContaining([
        'app/dashboard/projects/page.tsx → features/projects/queries.ts → server-only',
        'app/dashboard/projects/page.tsx → lib/auth.ts → next/headers',
      ]),
    )
  })
})
