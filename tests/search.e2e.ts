import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { resultPages, search, searchBoxSelector } from './harness/search-box'
import { phone, siteTest } from './harness/site-test'

/** The page addresses the results list, in order (one row per page). */
async function listedPages(page: Page): Promise<string[]> {
  await resultPages(page).first().waitFor()
  return resultPages(page).evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('data-search-page') ?? ''),
  )
}

describe('search from the home page', () => {
  siteTest('finds a word from the articles and opens a page that contains it', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/', { audit: false })
    await search(page, 'idempotent')
    const firstResult = page.locator('.nextra-search-results a').first()
    await firstResult.waitFor()
    expect(await firstResult.getAttribute('href')).toMatch(/^\/guide\//)
    // The results open over the page: audited in both themes while open.
    await site.auditBothThemes(page)
    await firstResult.click()
    await page.waitForURL((url) => url.pathname.startsWith('/guide/'))
    await page
      .locator('article')
      .getByText(/idempotent/i)
      .first()
      .waitFor()
  })

  siteTest('focuses the search box on / and Ctrl+K once the page has hydrated', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/guide/', { audit: false })
    const focusedId = () => page.evaluate(() => document.activeElement?.id)
    await page.keyboard.press('/')
    expect(await focusedId()).toBe('site-search')
    await page.locator('h1').first().click()
    expect(await focusedId()).not.toBe('site-search')
    await page.keyboard.press('Control+k')
    expect(await focusedId()).toBe('site-search')
    // Typed in the box, "/" is a character, not a shortcut.
    await page.keyboard.type('a/b')
    expect(await page.inputValue(searchBoxSelector)).toBe('a/b')
  })
})

describe('search over every kind of page', () => {
  siteTest('lists the scenario pages for the features readers name', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/guide/', { audit: false })
    const searchBox = page.locator(searchBoxSelector)
    const expected = {
      stripe: '/scenarios/stripe-webhook/',
      csv: '/scenarios/csv-export/',
      rss: '/scenarios/rss-feed/',
      'infinite scroll': '/scenarios/infinite-scroll/',
      'settings form': '/scenarios/settings-form/',
    }
    for (const [index, [words, scenario]] of Object.entries(expected).entries()) {
      if (index === 0) await search(page, words)
      else {
        await searchBox.fill('')
        await searchBox.pressSequentially(words)
      }
      await expect.poll(() => listedPages(page), { message: words }).toContain(scenario)
    }
    await page.locator(`.nextra-search-results a[href="${expected['settings form']}"]`).click()
    await page.waitForURL((url) => url.pathname === expected['settings form'])
    await page.getByTestId('decision-result').waitFor()
  })

  siteTest(
    'finds the scheduler answer of the wizard for "cron", a word the reader uses',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/guide/', { audit: false })
      await search(page, 'cron')
      const scheduler = page.locator('.nextra-search-results a[href*="/a-scheduler/"]').first()
      await scheduler.waitFor()
      expect(await scheduler.getAttribute('href')).toMatch(/^\/decide\//)
      expect(await page.locator('.nextra-search-results').textContent()).toMatch(
        /A scheduler, on a timetable/,
      )
    },
  )

  siteTest('lists each page once, with the sections that match under it', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/guide/', { audit: false })
    await search(page, 'webhook')
    const pages = await listedPages(page)
    expect(pages.length).toBeGreaterThan(3)
    expect(new Set(pages).size, pages.join(' ')).toBe(pages.length)
    // Matching sections sit under their own page, not as rows of their own.
    const groups = await page.locator('[role="group"]').evaluateAll((found) =>
      found.map((group) => ({
        page: group.querySelector('[data-search-page]')?.getAttribute('data-search-page') ?? '',
        sections: [...group.querySelectorAll('a:not([data-search-page])')].map(
          (link) => link.getAttribute('href') ?? '',
        ),
      })),
    )
    // (A wizard result's sections are the answers that lead to it, each at its own address.)
    const withSections = groups.filter(
      (group) => group.sections.length > 0 && !group.page.startsWith('/decide/'),
    )
    expect(withSections.length, JSON.stringify(groups)).toBeGreaterThan(0)
    for (const group of withSections)
      for (const href of group.sections) expect(href.startsWith(`${group.page}#`), href).toBe(true)
  })

  siteTest(
    'finds the words readers look for in the guide and the patterns: webhook, useActionState, bodyParser',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/guide/', { audit: false })
      const searchBox = page.locator(searchBoxSelector)
      for (const [index, word] of ['webhook', 'useActionState', 'bodyParser'].entries()) {
        if (index === 0) {
          await search(page, word)
        } else {
          // The index is loaded now: clearing and typing searches again at once.
          await searchBox.fill('')
          await searchBox.pressSequentially(word)
        }
        await expect
          .poll(
            async () => (await listedPages(page)).filter((url) => /^\/(guide|patterns)\//.test(url)).length,
            { message: word },
          )
          .toBeGreaterThan(0)
        expect((await page.locator('.nextra-search-results').textContent())?.toLowerCase(), word).toContain(
          word.toLowerCase(),
        )
      }
    },
  )
})

describe('when nothing matches', () => {
  siteTest('offers the wizard and the closest topics instead of a dead end', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/guide/')
    await search(page, 'zzqxv')
    const panel = page.locator('.nextra-search-results')
    await panel.getByText('No results for “zzqxv”.').waitFor()
    const suggestions = panel.getByRole('listbox')
    expect(await suggestions.getByRole('option').first().getAttribute('href')).toBe('/decide/')
    expect(await suggestions.getByRole('option').count()).toBeGreaterThan(2)
    await site.auditBothThemes(page)
  })

  siteTest('corrects a typo to the word the site uses', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/guide/', { audit: false })
    await search(page, 'webhok')
    const panel = page.locator('.nextra-search-results')
    await panel.getByText('Did you mean').waitFor()
    expect(await panel.locator('a[href="/patterns/webhook/"]').count()).toBe(1)
  })
})

describe('search with the keyboard', () => {
  siteTest(
    'moves through the results with the arrow keys, opens one with Enter and closes with Escape',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/guide/', { audit: false })
      await search(page, 'rss')
      const searchBox = page.locator(searchBoxSelector)
      const options = page.locator('.nextra-search-results [role="option"]')
      await options.first().waitFor()
      const active = () => searchBox.getAttribute('aria-activedescendant')
      await page.keyboard.press('ArrowDown')
      await expect.poll(active).toBe(await options.nth(0).getAttribute('id'))
      await page.keyboard.press('ArrowDown')
      await expect.poll(active).toBe(await options.nth(1).getAttribute('id'))
      await page.keyboard.press('ArrowUp')
      await page.keyboard.press('ArrowUp')
      await expect.poll(active).toBe(await options.last().getAttribute('id'))

      // Escape closes the results and keeps the words; the down arrow opens them again.
      await page.keyboard.press('Escape')
      await expect.poll(() => searchBox.getAttribute('aria-expanded')).toBe('false')
      expect(await page.locator('.nextra-search-results').count()).toBe(0)
      expect(await searchBox.inputValue()).toBe('rss')
      await page.keyboard.press('ArrowDown')
      await options.first().waitFor()
      await page.keyboard.press('ArrowDown')
      await expect.poll(active).toBe(await options.nth(0).getAttribute('id'))
      const target = await options.first().getAttribute('href')
      await page.keyboard.press('Enter')
      await page.waitForURL((url) => url.pathname === target)
      await expect.poll(() => searchBox.inputValue()).toBe('')
    },
  )
})

describe('search on a phone', () => {
  siteTest('sits in the header, usable without opening the menu', async ({ site }) => {
    const page = await site.open({ viewport: phone })
    await site.visit(page, '/guide/route-handlers/', { audit: false })
    const searchBox = page.locator(searchBoxSelector)
    expect(await searchBox.count()).toBe(1)
    const box = (await searchBox.boundingBox())!
    const header = (await page.locator('.nextra-nav-container nav').boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(header.y)
    expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height)
    expect(box.x + box.width).toBeLessThanOrEqual(phone.width)
    expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).not.toBe('true')
    await search(page, 'stripe')
    await expect.poll(() => listedPages(page)).toContain('/scenarios/stripe-webhook/')
    const panel = (await page.locator('.nextra-search-results').boundingBox())!
    expect(panel.x).toBeGreaterThanOrEqual(0)
    expect(panel.x + panel.width).toBeLessThanOrEqual(phone.width)
    await site.auditBothThemes(page)
  })
})
