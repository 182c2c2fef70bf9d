import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { toPlainArticle } from './plain-article'

/**
 * Writes the vanilla Nextra baseline (bench/baseline) with our guide articles added as plain pages
 * (scripts/bench/plain-article.ts) into `target`, replacing what was there. The site keeps the baseline's
 * theme config but compiles MDX with our Nextra options (code block colours, copy buttons), so a code
 * block weighs the same on both sides. `target` must sit inside this repository so the build finds
 * our node_modules. Returns the articles' paths, such as /guide/faq/.
 */
const plainConfig = (
  siteConfig: string,
) => `// Written by scripts/bench/plain-articles-site.ts: bench/baseline's config with our site's Nextra options.
import nextra from 'nextra'
import { nextraOptions } from '${siteConfig.split(sep).join('/')}'

// Our page map trimming is something we add, so the plain site keeps Nextra's whole page map.
const withNextra = nextra({ ...nextraOptions, transformPageMap: undefined, themeConfig: './theme.config.jsx' })

export default withNextra({ output: 'export', trailingSlash: true, images: { unoptimized: true } })
`

export function writePlainArticlesSite(siteDir: string, baselineDir: string, target: string): string[] {
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  for (const entry of readdirSync(baselineDir)) {
    if (entry === 'out' || entry === '.next') continue
    cpSync(join(baselineDir, entry), join(target, entry), { recursive: true })
  }
  writeFileSync(
    join(target, 'next.config.mjs'),
    plainConfig(relative(target, join(siteDir, 'next.config.mjs'))),
  )
  const guideDir = join(siteDir, 'pages/guide')
  mkdirSync(join(target, 'pages/guide'))
  return readdirSync(guideDir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const plain = toPlainArticle(readFileSync(join(guideDir, file), 'utf8'), `pages/guide/${file}`)
      writeFileSync(join(target, 'pages/guide', file), plain)
      const name = file.replace(/\.mdx$/, '')
      return name === 'index' ? '/guide/' : `/guide/${name}/`
    })
}
