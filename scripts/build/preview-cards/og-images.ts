import { Resvg } from '@resvg/resvg-js'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { scenarioSummaries } from '../../../lib/build/page-data/scenario-page-data'
import { cardSvg, cardWidth, type Card } from './og-card'

const require = createRequire(import.meta.url)
// Fonts come from npm, not from the machine, so every build draws the same cards.
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
const fontFiles = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')]

export function renderCard(card: Card): Buffer {
  const resvg = new Resvg(cardSvg(card), {
    fitTo: { mode: 'width', value: cardWidth },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  })
  return resvg.render().asPng()
}

/** Writes out/og/site.png and one card per scenario, out/og/scenarios/<slug>.png. */
export function writeOgImages(outDir: string): number {
  const folder = join(outDir, 'og/scenarios')
  mkdirSync(folder, { recursive: true })
  writeFileSync(
    join(outDir, 'og/site.png'),
    renderCard({
      kicker: 'A guide, a decision wizard and runnable patterns',
      title: 'Which server boundary does this feature need?',
    }),
  )
  const scenarios = scenarioSummaries()
  for (const scenario of scenarios) {
    writeFileSync(
      join(folder, `${scenario.slug}.png`),
      renderCard({ kicker: 'Scenario', title: scenario.title, answer: scenario.boundaryNames.join(' + ') }),
    )
  }
  return scenarios.length + 1
}
