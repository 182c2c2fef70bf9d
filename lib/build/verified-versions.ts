import { readFileSync } from 'node:fs'
import { join } from 'node:path'

// The repository root: Next.js bundles this module for getStaticProps, where import.meta.dirname is unset.
const root = process.cwd()

/** The version of `name` that a package-lock.json installs, or an error naming the lock file. */
export function lockedVersion(lockFile: string, name: string): string {
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as {
    packages?: Record<string, { version?: string }>
  }
  const version = lock.packages?.[`node_modules/${name}`]?.version
  if (!version) throw new Error(`${lockFile} installs no ${name}`)
  return version
}

/**
 * The two Next.js versions the example app is built, type-checked and tested with, read from the
 * lock files that install them: its own (the current release) and the site's (the 15 line).
 */
export const verifiedNextVersions = {
  current: lockedVersion(join(root, 'content/examples/package-lock.json'), 'next'),
  previous: lockedVersion(join(root, 'package-lock.json'), 'next'),
} as const

/** "Next.js 16.4.6 and 15.5.29", as code blocks and results say it. */
export const verifiedWith = `Next.js ${verifiedNextVersions.current} and ${verifiedNextVersions.previous}`

/**
 * Files of by-version/ that a file convention wants at the app's root, where only one version's
 * file may stand: the test harness copies each to the root of the build of its own version (as
 * the official codemod renames middleware.ts to proxy.ts), and `next start` runs it there.
 */
export const rootFilesByVersion: Record<string, string> = {
  'by-version/next-16/proxy.ts': 'proxy.ts',
  'by-version/next-15/middleware.ts': 'middleware.ts',
}

/** The by-version/ files that the build of Next.js `version` places at the app root. */
export function rootFilesFor(version: string): Array<{ from: string; to: string }> {
  const major = version.split('.')[0]
  return Object.entries(rootFilesByVersion)
    .filter(([from]) => from.startsWith(`by-version/next-${major}/`))
    .map(([from, to]) => ({ from, to }))
}

/**
 * What a code block of the example app's `file` says about how it was verified. Files under
 * by-version/next-NN/ differ by version and are type-checked against that version only.
 */
export function verificationOf(file: string): string {
  const byVersion = /^by-version\/next-(\d+)\//.exec(file)
  if (!byVersion) {
    return `Verified with ${verifiedWith}: this file compiles, is tested, and runs in the example app.`
  }
  const version = Object.values(verifiedNextVersions).find((v) => v.startsWith(`${byVersion[1]}.`))
  if (!version) throw new Error(`${file}: the example app is not verified with Next.js ${byVersion[1]}`)
  const atRoot = rootFilesByVersion[file]
  if (atRoot) {
    return `Verified with Next.js ${version}, the version it is written for: the example app runs it as ${atRoot} at its root under next start, and it compiles against that version.`
  }
  return `Verified with Next.js ${version}, the version it is written for: this file compiles against it and is tested.`
}
