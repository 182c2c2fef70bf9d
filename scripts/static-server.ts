import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import serveHandler from 'serve-handler'

export type StaticServer = { url: string; close: () => Promise<void> }

/**
 * Serves a folder the way a plain static host does (index.html per folder, 404.html for misses),
 * on 127.0.0.1 and a free port unless one is given.
 */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void serveHandler(request, response, { public: root, directoryListing: false })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const { port: boundPort } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${boundPort}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
