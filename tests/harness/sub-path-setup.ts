import { existsSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { runProcessGroup } from '../../scripts/test/process-group'
import { startStaticServer, type StaticServer } from '../../scripts/static-server'
import { exportDir } from './global-setup'

/**
 * The site as published under a sub-path: `BASE_PATH=… npm run build`, exported with EXPORT_DIR into
 * a folder of its own so out/ (the site at the root, which the other browser tests use) stays as it
 * is, then served under that prefix only. Global setup of the "sub-path" project in
 * tests/vitest.config.ts, so it runs only when tests/sub-path.e2e.ts does.
 *
 * The setup only serves the folder; tests/sub-path.e2e.ts builds it in its beforeAll. That way the
 * build (two minutes) runs in one worker while the other worker runs the rest of the suite, instead of
 * holding every test back as a global setup would.
 */

export const subPathBase = '/docs/next-boundaries'
const subPathFolder = 'tests/artifacts/sub-path-site'
export const subPathExportDir = join(process.cwd(), subPathFolder)
// Written once the whole build has passed (next build empties the folder first).
const builtStamp = join(subPathExportDir, '.built')

let server: StaticServer | null = null

const modifiedAt = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : null)

/**
 * Built again unless it is newer than out/: the other browser tests check out/ as the last
 * `npm run build` left it, and this export follows the same sources. `npm test` builds out/ first, so
 * it always rebuilds this one, once.
 */
function isCurrent(): boolean {
  const subPath = modifiedAt(builtStamp)
  const root = modifiedAt(join(exportDir, 'index.html'))
  return subPath !== null && root !== null && subPath > root
}

/** Builds the prefixed export unless it is current; a test file's beforeAll, stopped by `signal`. */
export async function buildSubPathSite(signal: AbortSignal): Promise<void> {
  if (isCurrent()) {
    console.log(`sub-path export: ${subPathFolder} is newer than out/, used as it is`)
    return
  }
  const started = Date.now()
  console.log(`sub-path export: BASE_PATH=${subPathBase} npm run build into ${subPathFolder} …`)
  await runProcessGroup('npm', ['run', '-s', 'build'], {
    signal,
    env: {
      ...process.env,
      BASE_PATH: subPathBase,
      EXPORT_DIR: subPathFolder,
      NEXT_TELEMETRY_DISABLED: '1',
      // What `next build` sets when NODE_ENV is unset, as in a shell. Vitest's NODE_ENV=test would
      // build in test mode, and Nextra would write its search index beside .next/static, not in it.
      NODE_ENV: 'production',
    },
  })
  writeFileSync(builtStamp, `BASE_PATH=${subPathBase}\n`)
  console.log(`sub-path export: built in ${Math.round((Date.now() - started) / 1000)} s`)
}

export async function setup(project: TestProject) {
  // Files are read per request, so the server may start before the build has written them.
  server = await startStaticServer(subPathExportDir, { gzip: false, basePath: subPathBase })
  // The tests of this project open the prefixed site: siteTest's sessions start from this server.
  project.provide('siteUrl', server.url)
}

export async function teardown() {
  const closing = server
  server = null
  await closing?.close()
}
