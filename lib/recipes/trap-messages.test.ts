import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifiedNextVersions } from '../build/verified-versions'
import { currentExampleAppDir } from '../../scripts/test/example-app-install'
import { recipeLibrary } from './recipe-library'

// Every message a trap says Next.js prints is found, word for word, in the installed code of both
// versions we verify. `{…}` in a message stands for a value Next.js fills in (a limit, a path).
const installs = [
  { version: verifiedNextVersions.previous, dist: join(import.meta.dirname, '../../node_modules/next/dist') },
  { version: verifiedNextVersions.current, dist: join(currentExampleAppDir, 'node_modules/next/dist') },
]

function* javaScriptFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'docs' && entry.name !== 'esm') yield* javaScriptFiles(path)
    } else if (entry.name.endsWith('.js')) yield path
  }
}

const nextMessages = recipeLibrary.flatMap((recipe) =>
  recipe.traps.flatMap((trap) =>
    trap.source === 'next' && trap.message ? [{ recipe: recipe.slug, message: trap.message }] : [],
  ),
)

/** The literal pieces of a message, between its `{…}` placeholders. */
export const messagePieces = (message: string) =>
  message
    .split(/\{[^}]+\}/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0)

describe.each(installs)('trap messages in Next.js $version', ({ version, dist }) => {
  it.runIf(nextMessages.length > 0)(
    'finds each quoted message in the installed code',
    () => {
      expect(existsSync(dist), `Next.js ${version} is not installed at ${dist}`).toBe(true)
      const missing = new Set(nextMessages.map((entry) => entry.message))
      for (const file of javaScriptFiles(dist)) {
        const code = readFileSync(file, 'utf8')
        for (const message of missing) {
          if (messagePieces(message).every((piece) => code.includes(piece))) missing.delete(message)
        }
        if (missing.size === 0) break
      }
      const report = nextMessages.filter((entry) => missing.has(entry.message))
      expect(report, `not in Next.js ${version}`).toEqual([])
    },
    120_000,
  )
})
