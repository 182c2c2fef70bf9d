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
  // On localhost, compressing every answer would only take CPU from the browsers under test.
  const site = await startStaticServer(exportDir, { gzip: false })
  const broken = await startStaticServer(brokenFixtureDir, { gzip: false })
  servers = [site, broken]
  project.provide('siteUrl', site.url)
  project.provide('brokenSiteUrl', broken.url)
}

export async function teardown() {
  await Promise.all(servers.map((server) => server.close()))
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    brokenSiteUrl: string
  }
}
