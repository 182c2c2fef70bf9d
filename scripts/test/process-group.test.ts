import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { runProcessGroup, spawnProcessGroup, type ProcessGroupOptions } from './process-group'
import { fixtureLine, fixtureServer } from './process-group.test-helper'

/** Whether `pid` still runs: a killed process left unreaped (a zombie, when its parent is gone) does not. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false
    throw error
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    // Without /proc, kill() above is all we know; with it, a vanished entry means the process is gone.
    return !existsSync('/proc/self')
  }
}

/** Waits until none of `pids` runs, failing after a deadline; kills leftovers so a failure leaks nothing. */
async function expectGone(pids: number[]) {
  onTestFinished(() => pids.filter(isRunning).forEach((pid) => process.kill(pid, 'SIGKILL')))
  await vi.waitFor(() => expect(pids.filter(isRunning)).toEqual([]), { timeout: 15_000, interval: 50 })
}

const parse = ([, pid, helper, port]: RegExpMatchArray) => ({
  pids: [Number(pid), Number(helper)],
  url: `http://127.0.0.1:${port}/`,
})

/** The fixture server in its own group, once it has printed its pids and port. */
async function startFixture(mode: 'answer' | 'hang', options: ProcessGroupOptions = {}) {
  const group = await spawnProcessGroup(process.execPath, ['-e', fixtureServer, mode], options)
  onTestFinished(() => group.stop())
  const fixture = parse(await group.waitForOutput(fixtureLine, { timeoutMs: 30_000 }))
  expect(fixture.pids.every(isRunning)).toBe(true)
  return { group, ...fixture }
}

// Each test starts node processes (one runs TypeScript through tsx): seconds apiece on a busy machine.
describe('process groups for test servers', { timeout: 60_000 }, () => {
  it('stop the server and what it spawned when the server never answers in time', async () => {
    const { group, pids, url } = await startFixture('hang')
    await expect(group.waitForHttp(url, { timeoutMs: 300 })).rejects.toThrow(
      /did not answer .* within 300 ms/,
    )
    await expectGone(pids)
  })

  it('stop them when the signal fires during the wait, as afterAll does after a timed-out hook', async () => {
    const hook = new AbortController()
    const { group, pids, url } = await startFixture('hang', { signal: hook.signal })
    const waiting = group.waitForHttp(url, { timeoutMs: 60_000, signal: hook.signal })
    hook.abort(new Error('hook timed out'))
    await expect(waiting).rejects.toThrow(/Stopped .* hook timed out/)
    await expectGone(pids)
  })

  it('answer once the server does, and stop it when the signal fires later', async () => {
    const hook = new AbortController()
    const { group, pids, url } = await startFixture('answer', { signal: hook.signal })
    await group.waitForHttp(url, { timeoutMs: 30_000 })
    expect(pids.every(isRunning)).toBe(true)
    hook.abort()
    expect(await group.exited).toBeNull()
    await expectGone(pids)
  })

  it('report a run that fails with its output, and leave none of its processes running', async () => {
    const failure = await runProcessGroup(process.execPath, ['-e', fixtureServer, 'fail']).then(
      () => new Error('the run passed'),
      (error: Error) => error,
    )
    expect(failure.message).toMatch(/exited with 1:\n/)
    const line = failure.message.match(fixtureLine)
    expect(line).not.toBeNull()
    await expectGone(parse(line!).pids)
  })

  it('refuse to start once the signal has fired', async () => {
    const hook = new AbortController()
    hook.abort(new Error('afterAll already ran'))
    await expect(
      spawnProcessGroup(process.execPath, ['-e', fixtureServer, 'answer'], { signal: hook.signal }),
    ).rejects.toThrow('afterAll already ran')
  })

  it.each(['SIGINT', 'SIGTERM', 'SIGKILL', 'exit'] as const)(
    'are killed when the test process ends by %s',
    async (how) => {
      const owner = await spawnProcessGroup(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'process-group-owner.test-helper.ts'), how],
        { cwd: process.cwd() },
      )
      onTestFinished(() => owner.stop())
      const { pids } = parse(await owner.waitForOutput(fixtureLine, { timeoutMs: 45_000 }))
      if (how !== 'exit') process.kill(owner.pid, how)
      expect(await owner.exited).toBe(how === 'exit' ? 3 : null)
      await expectGone(pids)
    },
  )
})
