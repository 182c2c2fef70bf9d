import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { refuseCrossSiteMutation, webHeaders } from './same-origin'

beforeEach(resetDb)

const site = 'projects.example.com'
const request = (method: string, headers: Record<string, string>, url = `https://${site}/x`) => ({
  method,
  url,
  headers: new Headers(headers),
})
const json = { 'content-type': 'application/json; charset=utf-8' }

describe('refuseCrossSiteMutation', () => {
  it('lets reads through from anywhere', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(refuseCrossSiteMutation(request(method, { origin: 'https://evil.example' }))).toBeNull()
    }
  })

  it('compares Origin with X-Forwarded-Host, then Host, then the URL', () => {
    const fromSite = { origin: `https://${site}`, ...json }
    expect(refuseCrossSiteMutation(request('POST', fromSite))).toBeNull()
    expect(refuseCrossSiteMutation(request('POST', { ...fromSite, host: site }, '/x'))).toBeNull()
    const proxied = { ...fromSite, host: 'app:3000', 'x-forwarded-host': `${site}, proxy.internal` }
    expect(refuseCrossSiteMutation(request('POST', proxied, '/x'))).toBeNull()
    const wrongHost = { ...fromSite, host: 'other.example' }
    expect(refuseCrossSiteMutation(request('DELETE', wrongHost))).toMatchObject({ status: 403 })
    expect(refuseCrossSiteMutation(request('PATCH', fromSite, '/x'))).toMatchObject({
      status: 403,
      message: `Origin https://${site} cannot be checked: the request names no Host.`,
    })
  })

  it('lets a request without Origin through unless Sec-Fetch-Site says it crossed sites', () => {
    expect(refuseCrossSiteMutation(request('POST', json))).toBeNull()
    const typed = { 'sec-fetch-site': 'same-origin', ...json }
    expect(refuseCrossSiteMutation(request('POST', typed))).toBeNull()
    const crossed = { 'sec-fetch-site': 'cross-site', ...json }
    expect(refuseCrossSiteMutation(request('POST', crossed))).toMatchObject({
      status: 403,
      error: 'cross_site_request',
    })
  })

  it('asks for JSON after the origin check, and keeps an echoed Origin short', () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' }
    expect(refuseCrossSiteMutation(request('POST', form))).toEqual({
      status: 415,
      error: 'unsupported_media_type',
      message: 'Send the body as JSON, with Content-Type: application/json.',
      headers: { Accept: 'application/json' },
    })
    expect(refuseCrossSiteMutation(request('PUT', { 'content-type': 'Application/JSON' }))).toBeNull()
    const long = { origin: `https://${'a'.repeat(200)}.example`, ...form }
    const refusal = refuseCrossSiteMutation(request('POST', long))
    expect(refusal?.status).toBe(403)
    expect(refusal!.message.length).toBeLessThan(200)
  })
})

describe('webHeaders', () => {
  it('turns Node headers, repeated ones included, into Web Headers', () => {
    const headers = webHeaders({ host: site, 'x-forwarded-host': [site, 'b'], origin: undefined })
    expect(headers.get('host')).toBe(site)
    expect(headers.get('x-forwarded-host')).toBe(`${site}, b`)
    expect(headers.has('origin')).toBe(false)
  })
})

/** Every route file of the example app, relative to its root. */
function routeFiles(folder: 'app' | 'pages/api'): string[] {
  const root = fileURLToPath(new URL(`../${folder}/`, import.meta.url))
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts'))
    .filter((file) => folder === 'pages/api' || /(^|\/)route\.ts$/.test(file))
    .map((file) => `${folder}/${file.replaceAll('\\', '/')}`)
}
const source = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
const readsSession = (code: string) => /getSessionUser|sessionCookie|userFromSession/.test(code)
const mutationMethods = ['POST', 'PUT', 'PATCH', 'DELETE'] as const
const exportsMutation = (code: string) =>
  mutationMethods.some((method) => new RegExp(`export (async )?function ${method}\\b`).test(code))

// A pages/api file answers every method, so it counts as a mutation unless it first sends 405 to
// every method but GET (which its own tests check).
const refusesAllButGet = (text: string) =>
  /if \(request\.method !== 'GET'\) \{\s*response\.setHeader\('Allow', 'GET'\)/.test(text)

describe('every endpoint that takes the session cookie on a mutation', () => {
  it('runs refuseCrossSiteMutation (a pages/api file answers every method)', () => {
    const cookieMutations = [
      ...routeFiles('app').filter((file) => exportsMutation(source(file))),
      ...routeFiles('pages/api').filter((file) => !refusesAllButGet(source(file))),
    ].filter((file) => readsSession(source(file)))
    expect(cookieMutations).toContain('pages/api/v1/projects.ts')
    expect(cookieMutations).toContain('pages/api/settings.ts')
    expect(refusesAllButGet(source('pages/api/v1/export/projects.ts'))).toBe(true)
    for (const file of cookieMutations) {
      expect(source(file), file).toContain('refuseCrossSiteMutation(')
    }
  })

  it('changes nothing for a form posted from another site with the session cookie', async () => {
    type Handler = Parameters<typeof callRoute>[0]
    const tried: string[] = []
    for (const file of routeFiles('app')) {
      const path = fileURLToPath(new URL(`../${file}`, import.meta.url))
      const route = (await import(/* @vite-ignore */ path)) as Record<string, unknown>
      const url = `/${file.replace(/^app\//, '').replace(/\/route\.ts$/, '')}`
      for (const method of mutationMethods.filter((name) => typeof route[name] === 'function')) {
        const before = JSON.stringify(db())
        const response = await callRoute(
          route[method] as Handler,
          {
            method,
            url: url.replace(/\[(\w+)\]/g, 'p_notes'),
            headers: {
              cookie: 'session=session-ada',
              origin: 'https://evil.example',
              'content-type': 'application/x-www-form-urlencoded',
            },
            body: 'name=Pwned&status=archived',
          },
          { id: 'p_notes' },
        )
        expect(response.status, `${method} ${file}`).toBeGreaterThanOrEqual(400)
        expect(JSON.stringify(db()), `${method} ${file}`).toBe(before)
        tried.push(`${method} ${file}`)
      }
    }
    expect(tried).toContain('POST app/api/webhooks/stripe/route.ts')
    expect(tried).toContain('POST app/api/projects/[id]/archive/route.ts')
  })
})
