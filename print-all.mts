import { launchChromium } from './scripts/chromium'
import { startStaticServer } from './scripts/static-server'
import { decisionGraph } from './lib/decision-graph'
import { allOutcomeLinks } from './lib/wizard-view'
import { scenarios } from './content/scenarios'
const server = await startStaticServer('out')
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 688, height: 1032 } })
const paths = [...allOutcomeLinks(decisionGraph).map((o) => o.href), ...scenarios.map((s) => `/scenarios/${s.slug}/`)]
for (const path of paths) {
  await page.goto(server.url + path, { waitUntil: 'load' })
  if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS })
  await page.emulateMedia({ media: 'print' })
  const h = await page.evaluate(() => Math.round(document.querySelector('article')!.getBoundingClientRect().bottom))
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1')
  console.log(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, h, path)
}
await browser.close(); await server.close()
