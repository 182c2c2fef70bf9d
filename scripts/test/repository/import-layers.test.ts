import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

// The layering of DESIGN.md, held by eslint.config.mjs: each case lints a line of code as if it
// were in the named file, with the project's real ESLint config.
let eslint: ESLint
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() })
})

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x]\n`, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message)
}

describe('import layers', () => {
  // ESLint loads the Next.js and TypeScript plugins on first use: seconds on a busy machine.
  const timeout = 30_000

  it.each([
    ['components/wizard/Bad.tsx', "import x from 'node:fs'", 'Node built-ins'],
    ['components/map/Bad.tsx', "import x from '@dagrejs/dagre'", 'Build-only library'],
    ['components/snippet/Bad.tsx', "import { x } from 'shiki'", 'Build-only library'],
    ['components/wizard/Bad.tsx', "import x from 'typescript'", 'Build-only library'],
    ['pages/_app.tsx', "import x from '@resvg/resvg-js'", 'Build-only library'],
    ['theme.config.tsx', "import { x } from './scripts/static-server'", 'scripts/ is build and test code'],
    [
      'components/wizard/Bad.tsx',
      "import { x } from '../../lib/build/diagram-layout'",
      'lib/build is build-only',
    ],
    ['lib/wizard/bad.ts', "import { x } from 'react'", 'lib/ is plain TypeScript'],
    ['lib/graph/bad.ts', "import x from 'next/link'", 'lib/ is plain TypeScript'],
    ['lib/graph/bad.ts', "import { x } from 'node:path'", 'Node built-ins'],
    ['lib/build/snippets/bad.ts', "import { x } from 'nextra/hooks'", 'lib/ is plain TypeScript'],
  ])('%s may not %s', { timeout }, async (file, code, reason) => {
    const errors = await layerErrors(file, code)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(reason)
  })

  it.each([
    ['components/map/Fine.tsx', "import type { x } from '../../lib/build/diagram-layout'"],
    ['components/wizard/Fine.tsx', "import { x } from '../../lib/wizard/wizard-view'"],
    ['lib/build/snippets/fine.ts', "import { x } from 'shiki'"],
    ['lib/build/page-data/fine.ts', "import { x } from 'node:fs'"],
    ['scripts/build/fine.ts', "import { x } from 'node:fs'"],
  ])('%s may %s', { timeout }, async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([])
  })
})
