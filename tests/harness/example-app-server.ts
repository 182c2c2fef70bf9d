import { createServer } from 'node:net'
import { join } from 'node:path'
import { verifiedNextVersions } from '../../lib/build/verified-versions'
import {
  currentExampleAppDir,
  exampleAppDir,
  placeRootFiles,
  prepareCurrentExampleApp,
} from '../../scripts/test/example-app-install'
import { runProcessGroup, spawnProcessGroup } from '../../scripts/test/process-group'

/** The example App Router app, built and served by the real `next`, as a reader would run it. */

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

/** One Next.js version the example app is verified with: where it is installed, how it builds. */
export type ExampleAppInstall = {
  next: string
  dir: string
  /** Puts the app's files in place (and installs its dependencies) before the build. */
  prepare: () => void
  /** The `next` command of that version. */
  nextCli: string
  buildArgs: string[]
}

export const exampleAppInstalls: ExampleAppInstall[] = [
  {
    // The current release, from the app's own lock file, in a copy outside the repository.
    next: verifiedNextVersions.current,
    dir: currentExampleAppDir,
    prepare: () => void prepareCurrentExampleApp(),
    nextCli: join(currentExampleAppDir, 'node_modules/next/dist/bin/next'),
    buildArgs: ['build'],
  },
  {
    // Next.js 15 from the site's own node_modules, in place. Without --no-lint, 15 would run the
    // site's ESLint config over the app (16 no longer lints during a build). Its middleware.ts is
    // placed at the app root from by-version/next-15/ (git ignores the placed copy).
    next: verifiedNextVersions.previous,
    dir: exampleAppDir,
    prepare: () => placeRootFiles(exampleAppDir, verifiedNextVersions.previous),
    nextCli: join(process.cwd(), 'node_modules/next/dist/bin/next'),
    buildArgs: ['build', '--no-lint'],
  },
]

/**
 * `next build`, with its workers, in a process group that `signal` stops: a timed-out hook's
 * afterAll fires it, or the build would run on and hold two cores for minutes.
 */
export async function buildExampleApp(install: ExampleAppInstall, signal?: AbortSignal): Promise<void> {
  install.prepare()
  await runProcessGroup(process.execPath, [install.nextCli, ...install.buildArgs], {
    cwd: install.dir,
    env,
    signal,
  })
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

export type ExampleApp = {
  url: string
  close: () => Promise<void>
  /** Everything the server printed so far. */
  output: () => string
}

/**
 * `next start` on a free port; resolves once it answers HTTP. The server stops when `signal` fires
 * (even while starting), when it does not answer in time, and when the test process ends.
 */
export async function startExampleApp(install: ExampleAppInstall, signal?: AbortSignal): Promise<ExampleApp> {
  const port = await freePort()
  const server = await spawnProcessGroup(
    process.execPath,
    [install.nextCli, 'start', '-p', String(port), '-H', '127.0.0.1'],
    // PORT: the app calls its own fake identity provider there (features/sign-in/identity-provider.ts).
    { cwd: install.dir, env: { ...env, PORT: String(port) }, signal },
  )
  const url = `http://127.0.0.1:${port}`
  // `next start` answers within seconds; two minutes leave room for a machine busy with other builds.
  await server.waitForHttp(`${url}/api/hello`, { timeoutMs: 120_000, signal })
  return { url, close: server.stop, output: server.output }
}
