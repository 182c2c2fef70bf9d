import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { verifiedNextVersions } from '../build/verified-versions'
import { isDeploymentId } from './deployment'
import { deploymentNotes, deploymentSummaries, staticExportMessages } from './deployment-notes'

const noteFor = (boundary: Parameters<typeof deploymentNotes>[1][number]) =>
  deploymentNotes('static-export', [boundary])[0]!.note

describe('deploymentNotes', () => {
  it('says which boundaries a static export cannot have, with the docs to read', () => {
    const notes = deploymentNotes('static-export', ['service', 'server-action', 'route-handler'])
    expect(notes.map((note) => [note.boundary, note.availability, note.verdict])).toEqual([
      ['service', 'yes', 'works where it is called'],
      ['server-action', 'no', 'not available'],
      // Not "not available": a GET handler that opts in is exported as a file.
      ['route-handler', 'partly', 'only a GET handler that opts in'],
    ])
    expect(notes[1]!.note).toContain('not supported in a static export')
    expect(notes[1]!.docs).toBe('https://nextjs.org/docs/app/guides/static-exports')
    expect(deploymentNotes('static-export', ['api-route'])[0]!.docs).toBe(
      'https://nextjs.org/docs/pages/guides/static-exports',
    )
  })

  it('quotes the message next build stops with for a Server Action and a dynamic GET handler', () => {
    expect(noteFor('server-action')).toContain('“Server Actions are not supported with static export.”')
    const routeHandler = noteFor('route-handler')
    expect(routeHandler).toContain("export const dynamic = 'force-static'")
    expect(routeHandler).toContain('a revalidate of false or more than 0')
    expect(routeHandler).toContain(`“${staticExportMessages.dynamicGet}”`)
    expect(noteFor('pages-data')).toContain(`“${staticExportMessages.serverSideProps}”`)
  })

  it('warns that a POST-only handler and pages/api are left out without an error, so they 404', () => {
    expect(noteFor('route-handler')).toMatch(
      /without GET, such as a POST webhook, builds without a word and is left out, so its URL answers 404/,
    )
    expect(noteFor('api-route')).toContain(`only warns, “${staticExportMessages.apiRoutes}”`)
    expect(noteFor('api-route')).toContain('answers 404 in production')
  })

  it('has no boundary notes for a server or serverless deployment', () => {
    expect(deploymentNotes('node-server', ['server-action'])).toEqual([])
    expect(deploymentNotes('serverless', ['route-handler'])).toEqual([])
  })

  it('names the serverless limits: time, body size set by the host, no WebSockets', () => {
    const serverless = deploymentSummaries.serverless
    expect(serverless).toContain('export const maxDuration')
    expect(serverless).toContain('the host caps the request body')
    expect(serverless).toContain('a WebSocket cannot stay open')
  })

  it('says a Node server’s memory is per instance, and several need one encryption key', () => {
    const node = deploymentSummaries['node-server']
    expect(node).toContain('stay on the instance that handled the request')
    expect(node).toContain('the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY')
  })

  it('accepts only known deployment ids from a URL', () => {
    expect(isDeploymentId('static-export')).toBe(true)
    expect(isDeploymentId('<script>')).toBe(false)
    expect(isDeploymentId(undefined)).toBe(false)
  })
})

/** Next.js 15 is the site's own; the current release is where npm run example:install puts it. */
const installedNext = [
  {
    version: verifiedNextVersions.previous,
    dist: fileURLToPath(new URL('../../node_modules/next/dist/', import.meta.url)),
  },
  {
    version: verifiedNextVersions.current,
    dist: join(
      tmpdir(),
      'next-boundaries',
      `example-app-next-${verifiedNextVersions.current}`,
      'node_modules/next/dist/',
    ),
  },
]

describe.each(installedNext)('the static export facts in Next.js $version', ({ version, dist }) => {
  const installed = existsSync(join(dist, '../package.json'))
  const read = (file: string) => readFileSync(join(dist, file), 'utf8')
  // The messages are template literals in next/dist, so their backticks are escaped there.
  const inSource = (message: string) => message.replaceAll('`', '\\`')

  it.skipIf(!installed)('match the installed next/dist word for word', () => {
    expect(JSON.parse(read('../package.json')).version).toBe(version)
    expect(read('export/index.js')).toContain(staticExportMessages.serverAction)
    expect(read('export/index.js')).toContain(inSource(staticExportMessages.apiRoutes))
    expect(read('lib/constants.js')).toContain(inSource(staticExportMessages.serverSideProps))
    // The message names the route; the words around it are the code's.
    const [before = '', after = ''] = staticExportMessages.dynamicGet.split('/api/projects')
    const appRoute = read('server/route-modules/app-route/module.js')
    expect(appRoute).toContain(before)
    expect(appRoute).toContain(after)
  })

  it.skipIf(!installed)('opt a GET handler in the way the note says', () => {
    const optIn = read('server/route-modules/app-route/helpers/is-static-gen-enabled.js')
    expect(optIn).toContain("mod.dynamic === 'force-static' || mod.dynamic === 'error'")
    expect(optIn).toContain('mod.revalidate === false || mod.revalidate !== undefined && mod.revalidate > 0')
    expect(optIn).toContain("typeof mod.generateStaticParams == 'function'")
  })
})
