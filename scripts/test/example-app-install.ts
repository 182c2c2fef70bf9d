import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { rootFilesByVersion, rootFilesFor, verifiedNextVersions } from '../../lib/build/verified-versions'

/** The example app as it lives in the repository, built with the site's own Next.js 15. */
export const exampleAppDir = join(import.meta.dirname, '../../content/examples')

/**
 * Where the example app runs on the current Next.js: a copy with its own node_modules, installed
 * from content/examples/package-lock.json. It sits outside the repository so that Next.js finds one
 * lock file above it, and so the site's build and unit tests never see a second React or Next.js.
 * EXAMPLE_APP_COPY_DIR puts it elsewhere, for two checkouts working on one machine at once.
 */
export const currentExampleAppDir =
  process.env.EXAMPLE_APP_COPY_DIR ||
  join(tmpdir(), 'next-boundaries', `example-app-next-${verifiedNextVersions.current}`)

/** The docs Next.js ships inside its package, for the version the site teaches. */
export function currentNextDocsDir(): string {
  const docs = join(currentExampleAppDir, 'node_modules/next/dist/docs')
  if (!existsSync(docs)) {
    throw new Error(
      `No Next.js ${verifiedNextVersions.current} docs in ${docs}: run "npm run example:install" first.`,
    )
  }
  return docs
}

// Left behind by a build or by either Next.js version, never part of the app's source; and the
// root files the harness places for one version (proxy.ts, middleware.ts), placed anew per build.
const notSource = new Set([
  'node_modules',
  '.next',
  'next-env.d.ts',
  'tsconfig.tsbuildinfo',
  ...Object.values(rootFilesByVersion),
])

/**
 * Puts the by-version/ files that Next.js `version` runs from the app root (proxy.ts on 16,
 * middleware.ts on 15) at the root of `dir`, and removes the other version's: Next.js 16 refuses
 * to build with both files, and 15 knows only middleware.ts.
 */
export function placeRootFiles(dir: string, version: string): void {
  for (const file of Object.values(rootFilesByVersion)) rmSync(join(dir, file), { force: true })
  for (const { from, to } of rootFilesFor(version)) cpSync(join(dir, from), join(dir, to))
}

/**
 * Copies the app's source into currentExampleAppDir (replacing the previous copy, keeping its
 * node_modules) and runs `npm ci` there when the lock file changed since the last install.
 */
export function prepareCurrentExampleApp(): string {
  mkdirSync(currentExampleAppDir, { recursive: true })
  for (const entry of readdirSync(currentExampleAppDir)) {
    if (entry !== 'node_modules' && entry !== '.installed-lock') {
      rmSync(join(currentExampleAppDir, entry), { recursive: true, force: true })
    }
  }
  cpSync(exampleAppDir, currentExampleAppDir, {
    recursive: true,
    filter: (source) => !notSource.has(relative(exampleAppDir, source).split(/[\\/]/)[0] ?? ''),
  })
  placeRootFiles(currentExampleAppDir, verifiedNextVersions.current)
  const lock = readFileSync(join(exampleAppDir, 'package-lock.json'), 'utf8')
  const marker = join(currentExampleAppDir, '.installed-lock')
  const installed = existsSync(marker) && readFileSync(marker, 'utf8') === lock
  if (!installed || !existsSync(join(currentExampleAppDir, 'node_modules/next/package.json'))) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: currentExampleAppDir,
      stdio: 'inherit',
    })
    writeFileSync(marker, lock)
  }
  return currentExampleAppDir
}

/**
 * Type-checks the copy and runs its unit tests with its own TypeScript, vitest and Next.js types,
 * as a reader who installed the app on the current Next.js would.
 */
export function checkCurrentExampleApp(dir = currentExampleAppDir): void {
  const bin = (name: string) => join(dir, 'node_modules/.bin', name)
  const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: dir, stdio: 'inherit' })
  run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.next-16.json'])
  run(bin('vitest'), ['run', '--reporter=dot'])
}

// `npm run test:example`: install the app on the current Next.js, then type-check and unit-test it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = prepareCurrentExampleApp()
  console.log(`example app on Next.js ${verifiedNextVersions.current}: ${dir}`)
  if (process.argv.includes('--check')) checkCurrentExampleApp(dir)
}
