import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insidePrefix, startStaticServer, type StaticServer } from './static-server'
import { writeSite } from './test/write-site.test-helper'

describe('the static server', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await startStaticServer(
      writeSite({
        'index.html': 'home',
        'guide/index.html': 'guide',
        '404.html': 'not found page',
        'long/index.html': 'words '.repeat(1000),
      }),
    )
  })
  // No server when beforeAll failed: its error, not a TypeError here, is the one to report.
  afterAll(() => server?.close())

  const get = async (path: string) => {
    const response = await fetch(server.url + path, { redirect: 'manual' })
    return { status: response.status, body: await response.text() }
  }

  it('gzips text for clients that accept it, as static hosts do', async () => {
    const gzipped = await fetch(server.url + '/long/', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    expect(await gzipped.text()).toBe('words '.repeat(1000))
    const plain = await fetch(server.url + '/long/', { headers: { 'Accept-Encoding': 'identity' } })
    expect(plain.headers.get('content-encoding')).toBeNull()
  })

  it('serves folders with and without the trailing slash', async () => {
    expect(await get('/guide/')).toEqual({ status: 200, body: 'guide' })
    expect((await get('/guide')).status).toBe(200)
  })

  it('answers every kind of missing path with the site’s 404 page and status 404', async () => {
    for (const path of [
      '/nope/',
      '/guide%2F',
      '/decide/%E0%A4%A/',
      '/..%2F..%2Fetc%2Fpasswd/',
      `/${'x'.repeat(400)}/`,
    ]) {
      expect(await get(path), path).toEqual({ status: 404, body: 'not found page' })
    }
  })
})

describe('the static server under a sub-path', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await startStaticServer(
      writeSite({
        'index.html': 'home',
        'guide/index.html': 'guide',
        'guide/page.html': 'page',
        '404.html': 'not found page',
      }),
      { basePath: '/docs/site' },
    )
  })
  afterAll(() => server?.close())

  const get = async (path: string) => {
    const response = await fetch(server.url + path, { redirect: 'manual' })
    return {
      status: response.status,
      body: await response.text(),
      location: response.headers.get('location'),
    }
  }

  it('serves the folder under the prefix', async () => {
    expect(await get('/docs/site/')).toMatchObject({ status: 200, body: 'home' })
    expect(await get('/docs/site/guide/')).toMatchObject({ status: 200, body: 'guide' })
    expect(await get('/docs/site/guide/?q=1')).toMatchObject({ status: 200, body: 'guide' })
  })

  it('answers unknown paths under the prefix with the site’s 404 page and status 404', async () => {
    for (const path of ['/docs/site/nope/', '/docs/site/guide%2F', `/docs/site/${'x'.repeat(400)}/`]) {
      expect(await get(path), path).toMatchObject({ status: 404, body: 'not found page' })
    }
  })

  it('has nothing outside the prefix, not even the 404 page', async () => {
    for (const path of ['/', '/guide/', '/docs/', '/docs/sitemap/', '/404.html']) {
      expect(await get(path), path).toMatchObject({ status: 404, body: 'Not found' })
    }
  })

  it('redirects the bare prefix to its folder, and keeps its own redirects under the prefix', async () => {
    expect(await get('/docs/site')).toMatchObject({ status: 301, location: '/docs/site/' })
    expect(await get('/docs/site?a=1')).toMatchObject({ status: 301, location: '/docs/site/?a=1' })
    expect(await get('/docs/site/guide/page.html')).toMatchObject({
      status: 301,
      location: '/docs/site/guide/page',
    })
  })
})

describe('insidePrefix', () => {
  it('takes the prefix off the request target, or says it lies outside', () => {
    expect(insidePrefix('/guide/?a', '')).toBe('/guide/?a')
    expect(insidePrefix('/p/guide/?a', '/p')).toBe('/guide/?a')
    expect(insidePrefix('/p', '/p')).toBe('/')
    expect(insidePrefix('/p?a', '/p')).toBe('/?a')
    expect(insidePrefix('/pq/', '/p')).toBeNull()
    expect(insidePrefix('/', '/p')).toBeNull()
  })
})
