import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { runNightlyCleanup } from './nightly-cleanup'

beforeEach(resetDb)

describe('runNightlyCleanup', () => {
  it('removes the expired share links and logs each one it removed', () => {
    const lines: string[] = []
    const night = new Date('2026-12-01T03:00:00.000Z')
    expect(runNightlyCleanup(night, (line) => lines.push(line))).toEqual(['sl_engine_review'])
    expect(lines).toEqual([
      'nightly-cleanup 2026-12-01T03:00:00.000Z: removed 1 expired share link(s)',
      '  removed sl_engine_review',
    ])
    expect(db().shareLinks.map((link) => link.id)).toEqual(['sl_compiler_demo'])
  })

  it('logs a run that found nothing, so a second run is visible too', () => {
    const lines: string[] = []
    const night = new Date('2026-12-01T03:00:00.000Z')
    runNightlyCleanup(night, () => {})
    expect(runNightlyCleanup(night, (line) => lines.push(line))).toEqual([])
    expect(lines).toEqual(['nightly-cleanup 2026-12-01T03:00:00.000Z: removed 0 expired share link(s)'])
  })
})

// The script as a crontab runs it, in its own process. tsx is the site's (the example app does not
// install it), so where the app is installed on its own this part is skipped.
const tsxCli = (() => {
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/cli.mjs')
  } catch {
    return null
  }
})()
const appDir = path.join(import.meta.dirname, '..')
const runScript = (...nodeFlags: string[]) =>
  promisify(execFile)(process.execPath, [tsxCli!, ...nodeFlags, 'scripts/nightly-cleanup.ts'], {
    cwd: appDir,
    env: { ...process.env, NODE_OPTIONS: '' },
  })

describe.skipIf(tsxCli === null)('scripts/nightly-cleanup.ts in its own process', { timeout: 30_000 }, () => {
  it('runs with the react-server condition and logs what it removed', async () => {
    const { stdout } = await runScript('--conditions=react-server')
    expect(stdout).toMatch(
      /^nightly-cleanup \S+: removed 1 expired share link\(s\)\n {2}removed sl_engine_review\n$/,
    )
  })

  it('stops at server-only without it, with the package’s own message, and changes nothing', async () => {
    const failure = await runScript().then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    )
    expect(failure?.code).toBe(1)
    expect(failure?.stdout).toBe('')
    expect(failure?.stderr).toContain(
      'Error: This module cannot be imported from a Client Component module. ' +
        'It should only be used from a Server Component.',
    )
  })
})

// What the two commands above rely on: server-only's export conditions.
describe('the server-only package', () => {
  // Node's own resolution with the default conditions: index.js, in the package's folder.
  const serverOnly = path.dirname(createRequire(import.meta.url).resolve('server-only'))

  it('gives the react-server condition an empty module and everything else one that throws', async () => {
    const { readFile } = await import('node:fs/promises')
    const manifest = JSON.parse(await readFile(path.join(serverOnly, 'package.json'), 'utf8'))
    expect(manifest.exports).toEqual({ '.': { 'react-server': './empty.js', default: './index.js' } })
    expect((await readFile(path.join(serverOnly, 'empty.js'), 'utf8')).trim()).toBe('')
    expect(await readFile(path.join(serverOnly, 'index.js'), 'utf8')).toContain('throw new Error(')
  })
})
