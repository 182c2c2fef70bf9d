import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from './chromium'
import { startStaticServer } from './static-server'

/**
 * Screenshots of exported pages in light and dark, desktop and phone, for looking at a change.
 * Usage: npm run screenshots -- [outputFolder] /path/ /other/path/
 * Console errors and warnings are printed so they are seen while looking.
 */
const themes = ['light', 'dark'] as const
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const

async function main() {
  const [outputFolder = 'tests/artifacts/screenshots', ...paths] = process.argv.slice(2)
  mkdirSync(outputFolder, { recursive: true })
  const server = await startStaticServer('out')
  const browser = await launchChromium()
  try {
    for (const theme of themes) {
      for (const viewport of viewports) {
        const context = await browser.newContext({ viewport, colorScheme: theme })
        await context.addInitScript((stored) => localStorage.setItem('theme', stored), theme)
        const page = await context.newPage()
        page.on('console', (message) => {
          if (['error', 'warning'].includes(message.type()))
            console.log(`${message.type()}: ${message.text()}`)
        })
        page.on('pageerror', (error) => console.log(`page error: ${error.message}`))
        for (const path of paths.length > 0 ? paths : ['/']) {
          await page.goto(server.url + path, { waitUntil: 'networkidle' })
          const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'
          const file = join(outputFolder, `${slug}-${theme}-${viewport.name}.png`)
          await page.screenshot({ path: file })
          console.log(file)
        }
        await context.close()
      }
    }
  } finally {
    await browser.close()
    await server.close()
  }
}

await main()
