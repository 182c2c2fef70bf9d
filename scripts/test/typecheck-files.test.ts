import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { currentExampleAppDir } from './example-app-install'
import { typecheckProjects } from './typecheck-files'

const examples = path.join(import.meta.dirname, '../../content/examples/by-version')
const expireOn = (version: 15 | 16) =>
  readFileSync(path.join(examples, `next-${version}/expire-projects.ts`), 'utf8')

describe('typecheckProjects', () => {
  it('gives each project its own `@/`, in one program', { timeout: 60_000 }, () => {
    const uses = "import { size } from '@/lib/size'\nexport const doubled: number = size * 2\n"
    expect(
      typecheckProjects({
        numbers: { 'lib/size.ts': 'export const size = 2\n', 'app/use.ts': uses },
        words: { 'lib/size.ts': "export const size = 'large'\n", 'app/use.ts': uses },
      }),
    ).toEqual({
      numbers: [],
      words: [
        "app/use.ts:2: The left-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type.",
      ],
    })
  })

  it('checks against the Next.js installed where it is told: 15 here', { timeout: 60_000 }, () => {
    expect(typecheckProjects({ on15: { 'x.ts': expireOn(15) }, on16: { 'x.ts': expireOn(16) } })).toEqual({
      on15: [],
      on16: ['x.ts:7: Expected 1 arguments, but got 2.'],
    })
  })

  it.skipIf(!existsSync(path.join(currentExampleAppDir, 'node_modules/next')))(
    'and 16 in the example app’s copy',
    { timeout: 60_000 },
    () => {
      const errors = typecheckProjects(
        { on15: { 'x.ts': expireOn(15) }, on16: { 'x.ts': expireOn(16) } },
        currentExampleAppDir,
      )
      expect(errors).toEqual({ on15: ['x.ts:7: Expected 2 arguments, but got 1.'], on16: [] })
    },
  )
})
