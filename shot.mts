import { launchChromium } from './scripts/chromium'
import { startStaticServer } from './scripts/static-server'
const [path, selector = 'body', prefix = 'shot', ...rest] = process.argv.slice(2)
const server = await startStaticServer('out')
const browser = await launchChromium()
for (const theme of ['light', 'dark'] as const) {
  for (const viewport of [{ name: 'desktop', width: 1280, height: 900 }, { name: 'phone', width: 390, height: 844 }]) {
    const context = await browser.newContext({ viewport, colorScheme: theme })
    await context.addInitScript((stored) => localStorage.setItem('theme', stored), theme)
    const page = await context.newPage()
    page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) console.log(`${m.type()}: ${m.text()}`) })
    page.on('pageerror', (e) => console.log(`page error: ${e.message}`))
    await page.goto(server.url + path, { waitUntil: 'networkidle' })
    for (const click of rest) await page.locator(click).first().click()
    if (process.env.WAIT) await page.locator(process.env.WAIT).first().waitFor()
    await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: `tests/artifacts/${prefix}-${theme}-${viewport.name}.png` })
    await context.close()
  }
}
await browser.close(); await server.close()
