import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { messagesMissingFrom } from '../build/next-messages'
import { verifiedNextVersions } from '../build/verified-versions'
import { currentExampleAppDir } from '../../scripts/test/example-app-install'
import { recipeLibrary } from './recipe-library'

// Every message a trap says Next.js prints is found, word for word, in the installed code of both
// versions we verify. `{…}` in a message stands for a value Next.js fills in (a limit, a path).
const installs = [
  { version: verifiedNextVersions.previous, dist: join(import.meta.dirname, '../../node_modules/next/dist') },
  { version: verifiedNextVersions.current, dist: join(currentExampleAppDir, 'node_modules/next/dist') },
]

const nextMessages = recipeLibrary.flatMap((recipe) =>
  recipe.traps.flatMap((trap) =>
    trap.source === 'next' && trap.message ? [{ recipe: recipe.slug, message: trap.message }] : [],
  ),
)

describe.each(installs)('trap messages in Next.js $version', ({ version, dist }) => {
  it.runIf(nextMessages.length > 0)(
    'finds each quoted message in the installed code',
    () => {
      expect(existsSync(dist), `Next.js ${version} is not installed at ${dist}`).toBe(true)
      const missing = new Set(messagesMissingFrom(dist, new Set(nextMessages.map((entry) => entry.message))))
      const report = nextMessages.filter((entry) => missing.has(entry.message))
      expect(report, `not in Next.js ${version}`).toEqual([])
    },
    120_000,
  )
})
