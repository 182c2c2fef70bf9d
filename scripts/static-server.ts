import { readFile, lstat } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import compression from 'compression'
import serveHandler from 'serve-handler'

/** A path too long for the file system cannot exist: answer 404 like a static host, not 500. */
async function lstatMissingAsNotFound(path: string) {
  try {
    return await lstat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENAMETOOLONG') {
      throw Object.assign(new Error(`No such file: ${path.slice(0, 80)}…`), { code: 'ENOENT' })
    }
    throw error
  }
}

/**
 * Whether the URL's path names a file plainly: it decodes, holds no encoded slash (which would name
 * another file than the one its segments say) and stays inside the served folder.
 */
function staysInside(root: string, url: string): boolean {
  try {
    const { pathname } = new URL(url, 'http://host.invalid')
    if (/%2f|%5c/i.test(pathname)) return false
    const decoded = decodeURIComponent(pathname)
    const resolved = resolve(root, '.' + decoded)
    return resolved === resolve(root) || resolved.startsWith(resolve(root) + sep)
  } catch {
    return false
  }
}

export type StaticServer = { url: string; close: () => Promise<void> }

// Text answers (HTML, CSS, JS, JSON, SVG) are gzipped for clients that accept it, as static hosts do.
// compression is typed for Express, but only uses what Node's own request and response have.
const gzip = compression() as unknown as (
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
) => void

export type StaticServerOptions = {
  port?: number
  host?: string
  /** Gzip text answers, as static hosts do (on by default; the browser tests turn it off to save CPU). */
  gzip?: boolean
  /**
   * Serve the folder under this sub-path ('/docs/next-boundaries'), as a host that maps a prefix to
   * it does: addresses outside it answer a plain 404, unknown ones inside it the site's 404.html.
   */
  basePath?: string
}

/**
 * The request's path and query inside the prefix ('/docs/x/guide/?a' → '/guide/?a'); null when the
 * request lies outside it.
 */
export function insidePrefix(url: string, basePath: string): string | null {
  if (basePath === '') return url
  if (url === basePath || url.startsWith(basePath + '?')) return '/' + url.slice(basePath.length)
  return url.startsWith(basePath + '/') ? url.slice(basePath.length) : null
}

/** serve-handler redirects (/guide/index.html → /guide) to root paths: keeps them under the prefix. */
function keepRedirectsUnder(basePath: string, response: ServerResponse) {
  const writeHead = response.writeHead.bind(response) as (
    status: number,
    headers?: OutgoingHttpHeaders,
  ) => ServerResponse
  response.writeHead = ((status: number, headers?: OutgoingHttpHeaders) => {
    const location = headers?.Location ?? headers?.location
    return typeof location === 'string' && location.startsWith('/')
      ? writeHead(status, { ...headers, Location: basePath + location })
      : writeHead(status, headers)
  }) as ServerResponse['writeHead']
}

/**
 * Serves a folder the way a plain static host does (index.html per folder, 404.html with status 404
 * for misses, gzip), with serve-handler (the engine of the `serve` package), on a free port unless
 * one is given; at the root of the address, or under `basePath`.
 */
export async function startStaticServer(
  root: string,
  { port = 0, host = '127.0.0.1', gzip: compress = true, basePath = '' }: StaticServerOptions = {},
): Promise<StaticServer> {
  const server: Server = createServer((request, response) =>
    compress ? gzip(request, response, () => serve(request, response)) : serve(request, response),
  )
  function serve(request: IncomingMessage, response: ServerResponse) {
    const requested = request.url ?? '/'
    const url = insidePrefix(requested, basePath)
    if (url === null) {
      // Not the site's address: the host has nothing there, not even the site's 404 page.
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    if (basePath !== '') {
      if (!requested.startsWith(basePath + '/')) {
        // The prefix itself, without its slash: like any folder, it redirects to the address with one.
        response.writeHead(301, { Location: basePath + url }).end()
        return
      }
      request.url = url
      keepRedirectsUnder(basePath, response)
    }
    if (!staysInside(root, url)) {
      // serve-handler answers 400 with its own page; a static host shows the site's 404 page.
      void readFile(join(root, '404.html')).then(
        (page) => response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(page),
        () => response.writeHead(404).end('Not found'),
      )
      return
    }
    // serve-handler's types want the whole fs.lstat signature; it only ever calls lstat(path).
    const methods = { lstat: lstatMissingAsNotFound } as unknown as Parameters<typeof serveHandler>[3]
    void serveHandler(request, response, { public: root, directoryListing: false }, methods)
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const { port: boundPort } = server.address() as AddressInfo
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${boundPort}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
