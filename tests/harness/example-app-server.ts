import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'

/** The example App Router app, built and served by the real `next`, as a reader would run it. */

export const exampleAppDir = join(process.cwd(), 'content/examples')
const nextBin = join(process.cwd(), 'node_modules/next/dist/bin/next')
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: exampleAppDir, env, stdio: 'pipe' })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next ${args.join(' ')} exited with ${code}:\n${output}`)),
    )
  })
}

export function buildExampleApp(): Promise<void> {
  return run(['build'])
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

/** `next start` on a free port; resolves once it answers HTTP. */
export async function startExampleApp(): Promise<ExampleApp> {
  const port = await freePort()
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: exampleAppDir,
      env,
      stdio: 'pipe',
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`next start exited with ${code}:\n${output}`))),
  )
  const ready = (async () => {
    for (;;) {
      try {
        await fetch(`${url}/api/hello`)
        return
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  })()
  await Promise.race([ready, exited])
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
