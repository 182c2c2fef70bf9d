import { Resvg } from '@resvg/resvg-js'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { errorSummaries } from '../../../lib/build/page-data/error-page-data'
import { recipeSummaries } from '../../../lib/build/page-data/recipe-page-data'
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

/**
 * Writes out/og/site.png, one card per scenario (out/og/scenarios/<slug>.png), one per recipe
 * (out/og/recipes/<slug>.png) and one per error page (out/og/errors/<slug>.png).
 */
export function writeOgImages(outDir: string): number {
  mkdirSync(join(outDir, 'og'), { recursive: true })
  writeFileSync(
    join(outDir, 'og/site.png'),
    renderCard({
      kicker: 'A guide, a decision wizard and runnable patterns',
      title: 'Which server boundary does this feature need?',
    }),
  )
  type DrawnCard = Card & { folder: string; slug: string }
  const cards: DrawnCard[] = [
    ...scenarioSummaries().map((scenario) => ({ folder: 'scenarios', kicker: 'Scenario', ...scenario })),
    ...recipeSummaries().map((recipe) => ({ folder: 'recipes', kicker: 'Recipe', ...recipe })),
  ].map(({ folder, kicker, slug, title, boundaryNames }) => ({
    folder,
    kicker,
    slug,
    title,
    answer: boundaryNames.join(' + '),
  }))
  for (const { slug, title } of errorSummaries())
    cards.push({ folder: 'errors', kicker: 'Fix an error', slug, title })
  for (const card of cards) {
    mkdirSync(join(outDir, 'og', card.folder), { recursive: true })
    writeFileSync(join(outDir, 'og', card.folder, `${card.slug}.png`), renderCard(card))
  }
  return cards.length + 1
}
