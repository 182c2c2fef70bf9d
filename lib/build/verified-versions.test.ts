import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  lockedVersion,
  rootFilesByVersion,
  rootFilesFor,
  verificationOf,
  verifiedNextVersions,
  verifiedWith,
} from './verified-versions'

describe('verified Next.js versions', () => {
  it('come from the lock files: the example app’s own for 16, the site’s for 15', () => {
    const exampleLock = JSON.parse(readFileSync('content/examples/package-lock.json', 'utf8'))
    const siteLock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
    expect(verifiedNextVersions.current).toBe(exampleLock.packages['node_modules/next'].version)
    expect(verifiedNextVersions.previous).toBe(siteLock.packages['node_modules/next'].version)
    expect(verifiedNextVersions.current).toMatch(/^16\.\d+\.\d+$/)
    expect(verifiedNextVersions.previous).toMatch(/^15\.\d+\.\d+$/)
    expect(verifiedWith).toBe(`Next.js ${verifiedNextVersions.current} and ${verifiedNextVersions.previous}`)
  })

  it('names the lock file that installs no such package', () => {
    const lockFile = join(mkdtempSync(join(tmpdir(), 'lock-')), 'package-lock.json')
    writeFileSync(lockFile, JSON.stringify({ packages: { '': {} } }))
    expect(() => lockedVersion(lockFile, 'next')).toThrow(`${lockFile} installs no next`)
  })

  it('say a shared file runs on both versions and a by-version file names its own', () => {
    const { current, previous } = verifiedNextVersions
    expect(verificationOf('app/api/projects/route.ts')).toBe(
      `Verified with Next.js ${current} and ${previous}: this file compiles, is tested, and runs in the example app.`,
    )
    expect(verificationOf('by-version/next-16/expire-projects.ts')).toContain(
      `Verified with Next.js ${current},`,
    )
    expect(verificationOf('by-version/next-15/expire-projects.ts')).toContain(
      `Verified with Next.js ${previous},`,
    )
    expect(() => verificationOf('by-version/next-14/x.ts')).toThrow('not verified with Next.js 14')
  })

  it('say which version runs the proxy file and the middleware file, each at the app root', () => {
    const { current, previous } = verifiedNextVersions
    expect(verificationOf('by-version/next-16/proxy.ts')).toContain(
      `Verified with Next.js ${current}, the version it is written for: the example app runs it as proxy.ts`,
    )
    expect(verificationOf('by-version/next-15/middleware.ts')).toContain(
      `Verified with Next.js ${previous}, the version it is written for: the example app runs it as middleware.ts`,
    )
    expect(rootFilesFor(current)).toEqual([{ from: 'by-version/next-16/proxy.ts', to: 'proxy.ts' }])
    expect(rootFilesFor(previous)).toEqual([
      { from: 'by-version/next-15/middleware.ts', to: 'middleware.ts' },
    ])
    for (const from of Object.keys(rootFilesByVersion)) {
      expect(existsSync(join(process.cwd(), 'content/examples', from)), from).toBe(true)
    }
  })
})
