import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scenarioSummaries } from '../lib/build/page-data/scenario-page-data'
import { decisionGraph, recipeLibrary } from '../lib/graph/decision-graph'
import { listPagePaths } from '../scripts/exported-site'
import { findBrokenLinks } from '../scripts/test/check-links'
import { search } from './harness/search-box'
import { crawlSidebar } from './harness/sidebar-crawl'
import { siteTest } from './harness/site-test'
import { crawlWizard } from './harness/wizard-crawl'
import { buildSubPathSite, subPathBase, subPathExportDir } from './harness/sub-path-setup'

// The site built with BASE_PATH and served under that prefix only (tests/harness/sub-path-setup.ts),
// as a project page on a static host or /docs on a company domain serves it.

/** A site path as it is published: '/guide/' → '/docs/next-boundaries/guide/'. */
const at = (path: string) => subPathBase + path

const sharedRule = '/decide/app-router/our-interface-changes-data/other-callers-too/'
const outcomeCount = Object.values(decisionGraph.nodes).filter((node) => node.kind === 'outcome').length

/** Every address on the page that names a path on this host: links, scripts, stylesheets, forms. */
function hostPaths(page: Page): Promise<string[]> {
  return page
    .locator('[href^="/"], [src^="/"], form[action^="/"]')
    .evaluateAll((elements) =>
      elements.map(
        (element) =>
          element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '',
      ),
    )
}

describe('the site published under a sub-path', () => {
  // Stops the build if the file ends first (a timed-out hook, an interrupted run).
  const teardown = new AbortController()
  afterAll(() => teardown.abort(new Error('the sub-path tests are over')))
  // A few minutes while the other worker runs the rest of the suite (the sequencer starts this file first).
  beforeAll(() => buildSubPathSite(teardown.signal), 600_000)

  it('has no link or anchor that misses the prefix or its target, on any page', () => {
    expect(listPagePaths(subPathExportDir).length).toBeGreaterThan(40)
    expect(findBrokenLinks(subPathExportDir, subPathBase)).toEqual([])
  })

  siteTest(
    'crawls from the home page and the sidebar, hydrated: status 200, no console error or failed request, every address under the prefix',
    async ({ site }) => {
      const page = await site.open()
      const outside: string[] = []
      const homeLinks: string[] = []
      async function visit(path: string) {
        // Loads Next.js and the page data through the loader, and fails on any request that misses.
        await site.visit(page, path, { audit: false })
        for (const address of await hostPaths(page)) {
          if (!address.startsWith(at('/'))) outside.push(`${path}: ${address}`)
        }
        if (path === at('/')) {
          const links = await page
            .locator('article a[href^="/"]')
            .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))
          homeLinks.push(...links.map((href) => href.split('#')[0]!))
        }
      }
      const crawled = await crawlSidebar(page, at('/'), visit)
      expect(crawled).toEqual(
        expect.arrayContaining(['/', '/guide/', '/decide/', '/decision-map/', '/scenarios/'].map(at)),
      )
      const fromHome = [...new Set(homeLinks)].filter((path) => !crawled.includes(path))
      for (const path of fromHome) await visit(path)
      expect(outside, 'addresses without the prefix').toEqual([])

      // Client-side navigation stays under the prefix too.
      await site.visit(page, at('/guide/'), { audit: false })
      await page.locator('.nextra-sidebar-container a', { hasText: 'Security checklist' }).first().click()
      await page.waitForURL((url) => url.pathname === at('/guide/security-checklist/'))
      await page.locator('h1').first().waitFor()
    },
    180_000,
  )

  siteTest(
    'reaches every outcome and recipe of the wizard by its links alone, with JavaScript off',
    async ({ site }) => {
      const page = await site.open({ javaScriptEnabled: false })
      const results = await crawlWizard(page, site.baseUrl, at('/decide/'), (href, from) =>
        expect(href, `an answer on ${from}`).toMatch(new RegExp(`^${at('/decide/')}`)),
      )
      expect(results.filter((result) => !result.recipe)).toHaveLength(outcomeCount)
      // …and every recipe, from the outcomes that list it.
      expect(new Set(results.flatMap((result) => result.recipe ?? [])).size).toBe(recipeLibrary.length)

      // "Make it yours" is a GET form: without JavaScript it reloads the result, under the prefix, with
      // the deployment the form shows chosen from the start.
      await page.goto(site.baseUrl + at(sharedRule))
      await page.getByLabel('Feature name').fill('project invites')
      const [reloaded] = await Promise.all([
        page.waitForResponse((response) => response.request().isNavigationRequest()),
        page.getByRole('button', { name: 'Show my files' }).click(),
      ])
      expect(reloaded.status()).toBe(200)
      expect(new URL(reloaded.url()).pathname + new URL(reloaded.url()).search).toBe(
        at(sharedRule) + '?feature=project+invites&deploy=node-server',
      )
    },
    180_000,
  )

  siteTest(
    'makes a named feature’s files from the templates under the prefix, and shares links with it',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, at(sharedRule) + '?feature=project+invites', { audit: false })
      // The templates are a file in public/, fetched by the page: it must ask under the prefix.
      await page.getByRole('heading', { name: 'Starting files for project invites' }).waitFor()
      const text = (await page.locator('body').textContent()) ?? ''
      expect(text).toContain(site.baseUrl + at(sharedRule))
      expect(text).not.toContain(site.baseUrl + '/decide/')
    },
  )

  siteTest('finds pages with search and opens them under the prefix', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, at('/'), { audit: false })
    await search(page, 'idempotent')
    const firstResult = page.locator('.nextra-search-results a').first()
    await firstResult.waitFor()
    expect(await firstResult.getAttribute('href')).toMatch(new RegExp(`^${at('/guide/')}`))
    await firstResult.click()
    await page.waitForURL((url) => url.pathname.startsWith(at('/guide/')))
    await page
      .locator('article')
      .getByText(/idempotent/i)
      .first()
      .waitFor()
  })

  siteTest(
    'answers a bad address with the 404 page, whose links lead back under the prefix',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, at('/no-such-page/'), { expectStatus: 404, audit: false })
      expect(await page.locator('h1').first().textContent()).toBe('Page not found')
      const main = page.locator('article').first()
      expect(await main.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe(at('/'))
      expect(await main.getByRole('link', { name: 'Start the decision wizard' }).getAttribute('href')).toBe(
        at('/decide/'),
      )

      // A broken wizard link: the repair link is read from the address, without the prefix, and leads back.
      await site.visit(page, at('/decide/app-router/not-an-answer/'), { expectStatus: 404, audit: false })
      const repair = page.getByTestId('wizard-path-hint').getByRole('link')
      await repair.waitFor()
      expect(await repair.getAttribute('href')).toBe(at('/decide/app-router/'))
      await repair.click()
      await page.waitForURL((url) => url.pathname === at('/decide/app-router/'))
      await page.getByRole('list', { name: 'Answers' }).waitFor()
    },
  )

  siteTest(
    'lists its pages in sitemap.xml, and names its preview cards, at addresses under the prefix',
    async ({ site }) => {
      const response = await fetch(site.baseUrl + at('/sitemap.xml'))
      expect(response.status).toBe(200)
      const locations = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (match) => match[1]!,
      )
      const pages = listPagePaths(subPathExportDir).filter((path) => !path.startsWith('/404'))
      expect(locations.map((location) => new URL(location).pathname).sort()).toEqual(pages.map(at).sort())

      const page = await site.open({ javaScriptEnabled: false })
      const scenario = scenarioSummaries()[0]!
      for (const [path, card] of [
        ['/', '/og/site.png'],
        [scenario.href, `/og/scenarios/${scenario.slug}.png`],
      ] as const) {
        await page.goto(site.baseUrl + at(path))
        const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '')
        expect(image.pathname, `og:image of ${path}`).toBe(at(card))
        const png = await fetch(site.baseUrl + image.pathname)
        expect(png.status, image.pathname).toBe(200)
        expect(png.headers.get('content-type')).toBe('image/png')
      }
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
      expect(new URL(canonical ?? '').pathname).toBe(at(scenario.href))
    },
  )
})
