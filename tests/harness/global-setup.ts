import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startStaticServer, type StaticServer } from '../../scripts/static-server'

export const exportDir = join(process.cwd(), 'out')
export const brokenFixtureDir = join(process.cwd(), 'tests/fixtures/broken-site')

let servers: StaticServer[] = []

export async function setup(project: TestProject) {
  if (!existsSync(join(exportDir, 'index.html'))) {
    throw new Error(`No exported site in ${exportDir}: run "npm run build" before the end-to-end tests.`)
  }
  try {
    const site = await serve(exportDir)
    const broken = await serve(brokenFixtureDir)
    project.provide('siteUrl', site.url)
    project.provide('brokenSiteUrl', broken.url)
  } catch (error) {
    // Whether Vitest runs teardown after a failed setup depends on how far it got: close them here.
    await teardown()
    throw error
  }
}

/** Starts a server and keeps it for teardown at once, so a later failure in setup cannot leak it. */
async function serve(root: string): Promise<StaticServer> {
  // On localhost, compressing every answer would only take CPU from the browsers under test.
  const server = await startStaticServer(root, { gzip: false })
  servers.push(server)
  return server
}

export async function teardown() {
  // Emptied first, so a second call (after a failed setup) closes nothing twice.
  const closing = servers
  servers = []
  await Promise.all(closing.map((server) => server.close()))
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    brokenSiteUrl: string
  }
}
