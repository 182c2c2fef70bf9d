import { spawn, type ChildProcess } from 'node:child_process'
import { Socket } from 'node:net'
import { setTimeout as delay } from 'node:timers/promises'

/**
 * Processes that tests start (a `next build`, a `next start`, a fixture server), each the leader of
 * its own process group, so that stopping it also stops what it spawned (Next.js build workers).
 * A group is stopped when its test stops it, when the AbortSignal it was started with fires (an
 * afterAll after a failed or timed-out hook), when waiting for it fails, when its leader exits (its
 * stragglers), and when this process exits or is interrupted.
 */

export type ProcessGroupOptions = {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Stops the group when it fires, whether the group is still starting or long up. */
  signal?: AbortSignal
  /** How long stop() lets the group end on SIGTERM before it sends SIGKILL. */
  graceMs?: number
}

export type ProcessGroup = {
  /** The leader's pid, which is also the group's id. */
  readonly pid: number
  /** Settles when the leader exits: its exit code, or null when a signal ended it. */
  readonly exited: Promise<number | null>
  /** Everything the group wrote to stdout and stderr so far. */
  output(): string
  /** Resolves once the output matches `pattern`; stops the group and rejects if it exits or times out first. */
  waitForOutput(pattern: RegExp, options: { timeoutMs: number }): Promise<RegExpMatchArray>
  /** Resolves once `url` answers HTTP; stops the group and rejects if it exits, times out or is aborted first. */
  waitForHttp(url: string, options: { timeoutMs: number; signal?: AbortSignal }): Promise<void>
  /** SIGTERM to the whole group, SIGKILL after the grace period; resolves once the leader has exited. */
  stop(): Promise<void>
}

/** Groups whose leader has not exited yet: what the exit handler below must kill. */
const liveGroups = new Set<number>()

/** Sends `signal` to every process in group `pgid`; false when the group is already empty. */
function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false
    throw error
  }
}

function killLiveGroups() {
  for (const pgid of liveGroups) signalGroup(pgid, 'SIGKILL')
}

let guarding = false

/** Kills the groups at once when this process exits normally; the reaper below covers every other end. */
function guardThisProcess() {
  if (guarding) return
  guarding = true
  process.on('exit', killLiveGroups)
}

/**
 * A tiny process that kills group `pgid` when its stdin closes, which the kernel does when the test
 * process ends however it ends: a signal (a detached group misses the terminal's Ctrl-C, and Vitest
 * ends a worker with SIGTERM), SIGKILL, or the end of a worker thread, where 'exit' listeners never run.
 */
const reaperScript = `
const stop = () => { try { process.kill(-Number(process.argv[1]), 'SIGKILL') } catch {} process.exit() }
process.stdin.on('end', stop).on('error', stop).resume()
`

function startReaper(pgid: number): ChildProcess {
  const reaper = spawn(process.execPath, ['-e', reaperScript, String(pgid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
    // Its own group, so that the Ctrl-C meant for the test process does not end it first.
    detached: true,
  })
  // An 'error' event without a listener would throw; a reaper that failed to start only guards less.
  reaper.on('error', () => {})
  // It must not keep the test process alive: the group's own process and pipes already do while they run.
  reaper.unref()
  if (reaper.stdin instanceof Socket) reaper.stdin.unref()
  return reaper
}

/** `node next start -p 3000` for messages: the program's name, and inline scripts as `<script>`. */
const describeCommand = (command: string, args: string[]) =>
  [command.split('/').pop(), ...args.map((arg) => (arg.includes('\n') ? '<script>' : arg))].join(' ')

/** An error's message, or whatever else an AbortSignal was aborted with. */
const describeReason = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason))

const limited = (text: string) => (text.length > 20_000 ? `…${text.slice(-20_000)}` : text)

/** Starts `command` as the leader of a new process group, registered for cleanup before anything is awaited. */
export async function spawnProcessGroup(
  command: string,
  args: string[],
  { cwd, env, signal, graceMs = 5_000 }: ProcessGroupOptions = {},
): Promise<ProcessGroup> {
  signal?.throwIfAborted()
  guardThisProcess()
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  // spawn() reports a program it cannot start by an 'error' event, and gives no pid.
  if (child.pid === undefined) throw await new Promise<Error>((resolve) => child.once('error', resolve))
  const pid = child.pid
  liveGroups.add(pid)
  const reaper = startReaper(pid)
  const name = `${describeCommand(command, args)} (pid ${pid})`
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  child.on('error', (error) => (output += `\n${error.message}`))
  child.once('exit', () => {
    // What the leader spawned may outlive it, holding a port or a CPU: nothing of the group stays.
    signalGroup(pid, 'SIGKILL')
    liveGroups.delete(pid)
    reaper.kill('SIGKILL')
    signal?.removeEventListener('abort', onAbort)
  })
  // 'close' rather than 'exit': it comes once the pipes are drained too, so `output` is complete.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)))
  const hasExited = () => child.exitCode !== null || child.signalCode !== null

  let stopping: Promise<void> | undefined
  // Once only: afterAll's close() and the signal may both ask.
  const stop = () =>
    (stopping ??= (async () => {
      if (hasExited()) return
      signalGroup(pid, 'SIGTERM')
      const escalation = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs)
      await exited
      clearTimeout(escalation)
    })())
  function onAbort() {
    void stop()
  }
  signal?.addEventListener('abort', onAbort, { once: true })

  /** Runs `attempt` until it settles, the leader exits, the deadline passes or `abort` fires; stops the group on failure. */
  async function waitFor<T>(
    what: string,
    timeoutMs: number,
    abort: AbortSignal | undefined,
    attempt: (until: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const deadline = AbortSignal.timeout(timeoutMs)
    // Ends `attempt` however the wait ends, so no polling goes on behind a settled wait.
    const done = new AbortController()
    const until = AbortSignal.any([deadline, done.signal, ...(abort ? [abort] : [])])
    const ended = new Promise<never>((_, reject) => {
      const fail = () =>
        reject(
          abort?.aborted
            ? new Error(`Stopped ${name} while waiting to ${what}: ${describeReason(abort.reason)}`)
            : new Error(`${name} did not ${what} within ${timeoutMs} ms:\n${limited(output)}`),
        )
      // A signal that has already fired sends no 'abort' event.
      if (until.aborted) fail()
      else until.addEventListener('abort', fail, { once: true })
      void exited.then((code) =>
        reject(
          new Error(
            `${name} exited with ${code ?? child.signalCode} before it could ${what}:\n${limited(output)}`,
          ),
        ),
      )
    })
    try {
      return await Promise.race([attempt(until), ended])
    } catch (error) {
      await stop()
      throw error
    } finally {
      done.abort()
    }
  }

  return {
    pid,
    exited,
    output: () => output,
    stop,
    waitForOutput: (pattern, { timeoutMs }) =>
      waitFor(`print ${pattern}`, timeoutMs, undefined, (until) => {
        const found = output.match(pattern)
        if (found) return Promise.resolve(found)
        return new Promise<RegExpMatchArray>((resolve) => {
          const onData = () => {
            const match = output.match(pattern)
            if (!match) return
            child.stdout.off('data', onData)
            child.stderr.off('data', onData)
            resolve(match)
          }
          // Listeners added after the ones above, so `output` already holds the chunk.
          child.stdout.on('data', onData)
          child.stderr.on('data', onData)
          until.addEventListener('abort', () => {
            child.stdout.off('data', onData)
            child.stderr.off('data', onData)
          })
        })
      }),
    waitForHttp: (url, { timeoutMs, signal: abort }) =>
      waitFor(`answer ${url}`, timeoutMs, abort, async (until) => {
        while (!until.aborted) {
          try {
            // Bounded by the deadline too: a server may accept the connection and never answer.
            await fetch(url, { signal: until })
            return
          } catch {
            // Not listening yet: try again shortly, unless the deadline or the exit comes first.
            await delay(100, undefined, { signal: until }).catch(() => {})
          }
        }
        // The race above has already rejected with the reason; this only ends the loop.
        return new Promise<never>(() => {})
      }),
  }
}

/** Runs `command` in its own process group to its end; rejects with its output unless it exits with 0. */
export async function runProcessGroup(
  command: string,
  args: string[],
  options: ProcessGroupOptions = {},
): Promise<string> {
  const group = await spawnProcessGroup(command, args, options)
  const code = await group.exited
  if (code === 0) return group.output()
  const why = options.signal?.aborted
    ? `was stopped (${describeReason(options.signal.reason)})`
    : `exited with ${code}`
  throw new Error(`${describeCommand(command, args)} ${why}:\n${limited(group.output())}`)
}
