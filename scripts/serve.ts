import { checkBasePath } from './build/base-path.mjs'
import { startStaticServer } from './static-server'

/**
 * npm start: serves the exported site in out/ on PORT (3000 by default), as a static host would;
 * under BASE_PATH when the site was built for a sub-path.
 */
const port = Number(process.env.PORT ?? 3000)
const basePath = checkBasePath(process.env.BASE_PATH)
const server = await startStaticServer('out', { port, host: '0.0.0.0', basePath })
const { port: boundPort } = new URL(server.url)
console.log(`Next Boundaries is served at http://localhost:${boundPort}${basePath}/ (Ctrl+C to stop)`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)))
}
