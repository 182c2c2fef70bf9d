import { launchChromium } from './scripts/chromium'
import { startStaticServer } from './scripts/static-server'
const server = await startStaticServer('out')
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 688, height: 1032 } })
await page.goto(server.url + process.argv[2], { waitUntil: 'networkidle' })
if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS })
await page.emulateMedia({ media: 'print' })
console.log(await page.evaluate(() => {
  const tall = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().bottom > 900 && getComputedStyle(el).display !== 'none').slice(0, 15).map((el) => `${el.tagName}.${String(el.className).slice(0, 60)} ${Math.round(el.getBoundingClientRect().top)}-${Math.round(el.getBoundingClientRect().bottom)}`)
  return [document.documentElement.scrollHeight, ...tall].join('\n')
}))
const pdf = (await page.pdf({ format: 'A4' })).toString('latin1')
console.log('pages', pdf.match(/\/Type\s*\/Page(?!s)/g)?.length)
await browser.close(); await server.close()
