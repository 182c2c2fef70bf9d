import { readFileSync } from 'node:fs'
import { launchChromium } from '/work/main/scripts/chromium'
import { startStaticServer } from '/work/main/scripts/static-server'
const server = await startStaticServer('/work/main/out')
const browser = await launchChromium()
for (const theme of ['light', 'dark'] as const) {
  for (const viewport of [{ name: 'desktop', width: 1280, height: 1100 }, { name: 'phone', width: 390, height: 844 }]) {
    const context = await browser.newContext({ viewport, colorScheme: theme })
    await context.addInitScript((stored) => localStorage.setItem('theme', stored), theme)
    const page = await context.newPage()
    page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) console.log(`${m.type()}: ${m.text()}`) })
    page.on('pageerror', (e) => console.log(`page error: ${e.message}`))
    await page.goto(server.url + '/migrate/', { waitUntil: 'networkidle' })
    await page.locator('#routes').fill(readFileSync('/work/main/tests/fixtures/pages-api-routes.txt', 'utf8'))
    await page.getByRole('button', { name: 'Plan the migration' }).click()
    await page.locator('[data-testid=migration-plan]').waitFor()
    console.log(page.url())
    await page.locator('[data-testid=migration-plan]').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: `/work/main/tests/artifacts/migrate-${theme}-${viewport.name}.png` })
    await page.locator('table').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: `/work/main/tests/artifacts/migrate-table-${theme}-${viewport.name}.png` })
    await context.close()
  }
}
await browser.close(); await server.close()
