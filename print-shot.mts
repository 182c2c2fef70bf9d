import { launchChromium } from './scripts/chromium'
import { startStaticServer } from './scripts/static-server'
const server = await startStaticServer('out')
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 794, height: 1123 } })
await page.goto(server.url + process.argv[2], { waitUntil: 'networkidle' })
await page.emulateMedia({ media: 'print' })
await page.screenshot({ path: 'tests/artifacts/print.png', fullPage: true })
await browser.close(); await server.close()
