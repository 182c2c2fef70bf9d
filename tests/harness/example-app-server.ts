import { createServer } from 'node:net'
import { join } from 'node:path'
import { runProcessGroup, spawnProcessGroup } from '../../scripts/test/process-group'

/** The example App Router app, built and served by the real `next`, as a reader would run it. */

export const exampleAppDir = join(process.cwd(), 'content/examples')
const nextBin = join(process.cwd(), 'node_modules/next/dist/bin/next')
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

/**
 * `next build`, with its workers, in a process group that `signal` stops: a timed-out hook's
 * afterAll fires it, or the build would run on and hold two cores for minutes.
 */
export async function buildExampleApp(signal?: AbortSignal): Promise<void> {
  await runProcessGroup(process.execPath, [nextBin, 'build'], { cwd: exampleAppDir, env, signal })
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}

export type ExampleApp = { url: string; close: () => Promise<void> }

/**
 * `next start` on a free port; resolves once it answers HTTP. The server stops when `signal` fires
 * (even while starting), when it does not answer in time, and when the test process ends.
 */
export async function startExampleApp(signal?: AbortSignal): Promise<ExampleApp> {
  const port = await freePort()
  const server = await spawnProcessGroup(
    process.execPath,
    [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: exampleAppDir, env, signal },
  )
  const url = `http://127.0.0.1:${port}`
  // `next start` answers within seconds; two minutes leave room for a machine busy with other builds.
  await server.waitForHttp(`${url}/api/hello`, { timeoutMs: 120_000, signal })
  return { url, close: server.stop }
}
