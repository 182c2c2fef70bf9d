import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writePlainArticlesSite } from './plain-articles-site'

// Copying the baseline and compiling MDX took up to 3.9 s a test on a busy 2-core machine.
describe('writePlainArticlesSite', { timeout: 30_000 }, () => {
  const target = join(mkdtempSync(join(tmpdir(), 'plain-articles-')), 'site')
  afterAll(() => rmSync(join(target, '..'), { recursive: true, force: true }))
  const siteDir = process.cwd()
  const baselineDir = join(siteDir, 'bench/baseline')

  it('copies the baseline without its build output and adds every guide article', () => {
    const paths = writePlainArticlesSite(siteDir, baselineDir, target)
    const guideFiles = readdirSync(join(siteDir, 'pages/guide')).filter((file) => file.endsWith('.mdx'))
    expect(paths).toHaveLength(guideFiles.length)
    expect(paths).toContain('/guide/')
    expect(paths).toContain('/guide/server-actions/')
    expect(existsSync(join(target, 'theme.config.jsx'))).toBe(true)
    expect(existsSync(join(target, 'pages/article.mdx'))).toBe(true)
    expect(existsSync(join(target, 'out'))).toBe(false)
    const faq = readFileSync(join(target, 'pages/guide/faq.mdx'), 'utf8')
    expect(faq).toContain('title: FAQ')
    expect(faq).not.toContain('../../components/')
  })

  it('compiles MDX with our Nextra options, without our page map trimming, and the baseline theme config', async () => {
    const config = (await import(join(target, 'next.config.mjs'))) as { default: Record<string, unknown> }
    const site = (await import(join(siteDir, 'next.config.mjs'))) as { nextraOptions: object }
    expect(config.default.output).toBe('export')
    // nextra() keeps its options in the webpack hook it adds; the source names them directly.
    const source = readFileSync(join(target, 'next.config.mjs'), 'utf8')
    expect(source).toContain(
      "nextra({ ...nextraOptions, transformPageMap: undefined, themeConfig: './theme.config.jsx' })",
    )
    expect(site.nextraOptions).toMatchObject({ defaultShowCopyCode: true })
  })

  it('replaces what an earlier run left', () => {
    writeFileSync(join(target, 'pages/guide/renamed-article.mdx'), '# Gone')
    writePlainArticlesSite(siteDir, baselineDir, target)
    expect(existsSync(join(target, 'pages/guide/renamed-article.mdx'))).toBe(false)
  })
})
