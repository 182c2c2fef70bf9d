import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { messagesMissingFrom } from '../build/next-messages'
import { verifiedNextVersions } from '../build/verified-versions'
import { currentExampleAppDir } from '../../scripts/test/example-app-install'
import { errorLibrary } from './error-library'

// Every message an error page says Next.js prints is found, word for word, in the installed code of
// each version the page says prints it. `{…}` stands for a value Next.js fills in.
const installs = [
  {
    major: '15',
    version: verifiedNextVersions.previous,
    dist: join(import.meta.dirname, '../../node_modules/next/dist'),
  },
  {
    major: '16',
    version: verifiedNextVersions.current,
    dist: join(currentExampleAppDir, 'node_modules/next/dist'),
  },
] as const

describe.each(installs)('error page messages in Next.js $version', ({ major, version, dist }) => {
  const quoted = errorLibrary.flatMap((entry) =>
    entry.messages
      .filter((message) => message.source === 'next' && message.versions.includes(major))
      .map((message) => ({ slug: entry.slug, message: message.text })),
  )

  it('finds each quoted message in the installed code', () => {
    expect(existsSync(dist), `Next.js ${version} is not installed at ${dist}`).toBe(true)
    expect(quoted.length).toBeGreaterThan(0)
    const missing = new Set(messagesMissingFrom(dist, new Set(quoted.map((entry) => entry.message))))
    expect(
      quoted.filter((entry) => missing.has(entry.message)),
      `not in Next.js ${version}`,
    ).toEqual([])
  }, 120_000)
})

describe('messages one version prints and the other does not', () => {
  it('are really missing from the other version, so the page is right to name one', () => {
    const onlyOn15 = errorLibrary.flatMap((entry) =>
      entry.messages.filter((message) => message.source === 'next' && !message.versions.includes('16')),
    )
    expect(onlyOn15.length).toBeGreaterThan(0)
    const texts = onlyOn15.map((message) => message.text)
    expect(messagesMissingFrom(installs[1].dist, texts).sort()).toEqual([...texts].sort())
  }, 120_000)
})
