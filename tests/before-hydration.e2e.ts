import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { chromeHydratedAttribute, hydratedAttribute } from '../lib/hydration-signal'
import { siteTest, type Theme } from './harness/site-test'
import { phone, type SiteSession } from './harness/site-session'

/**
 * A reader who acts before React has taken over: typing, a shortcut, a look at the header. Each page
 * is loaded cold with the CPU slowed four times (a mid-range phone), and the Next.js scripts are
 * held back until the test lets them through, so "before" and "during" hydration are certain rather
 * than a matter of timing.
 */
type HeldPage = { page: Page; release: () => void }

async function openHeld(
  site: SiteSession,
  path: string,
  {
    theme = 'light',
    storeTheme = true,
    viewport,
  }: { theme?: Theme; storeTheme?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<HeldPage> {
  const page = await site.open({ theme, storeTheme })
  if (viewport) await page.setViewportSize(viewport)
  if (path.startsWith('/no-such-page')) site.expectStatus(page, path, 404)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/_next/static/chunks/**', async (route) => {
    await released
    await route.continue()
  })
  // Not 'load': a page that hydrates at once (the 404 page) may add the held scripts before the load
  // event, which then waits for them. The parsed document with its stylesheets applied is enough.
  await page.goto(new URL(path, site.baseUrl).href, { waitUntil: 'domcontentloaded' })
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet),
  )
  return { page, release }
}

const isHydrated = (attribute: string) => document.documentElement.hasAttribute(attribute)

// Every page kind, with the fields a reader can type into (listed from the page itself).
const pageKinds = [
  '/guide/server-actions/',
  '/decide/',
  '/decide/app-router/page-needs-data/',
  '/scenarios/',
  '/scenarios/stripe-webhook/',
  '/recipes/',
  '/recipes/streamed-answer/',
  '/patterns/webhook/',
  '/plan/',
  '/migrate/',
  '/decision-map/',
  '/no-such-page/',
]

const fieldSelector =
  'input:not([type="hidden"], [type="checkbox"], [type="radio"], [type="submit"], [type="button"]), textarea, select'

/** The ids of the page's visible fields (each has one, so the same field is found after hydration). */
async function visibleFieldIds(page: Page): Promise<string[]> {
  // Laid out once the search box in the header is (a slowed CPU can report 'load' first).
  await page.locator('input[type="search"]').first().waitFor()
  return page.evaluate((selector) => {
    const fields = [...document.querySelectorAll<HTMLElement>(selector)]
    return fields.filter((field) => field.getClientRects().length > 0).map((field) => field.id)
  }, fieldSelector)
}

describe('before React takes over', () => {
  for (const path of pageKinds) {
    siteTest(`keeps every character typed into each field of ${path} while it hydrates`, async ({ site }) => {
      const { page, release } = await openHeld(site, path)
      const ids = await visibleFieldIds(page)
      expect(ids.length).toBeGreaterThan(0)
      expect(ids, 'every field has an id').not.toContain('')
      // The page's own fields where it has some, else the search box in the header (the same component
      // on every page). Not both in one load: once hydrated, the search's open results cover the page's
      // fields until the reader leaves the box.
      const isSearch = (id: string) => id === 'site-search' // components/search/SiteSearch.tsx
      const own = ids.filter((id) => !isSearch(id))
      const fields = (own.length ? own : ids.filter(isSearch)).map((id) => ({ id, selector: `[id="${id}"]` }))

      const before = new Map<string, string>()
      for (const { id, selector } of fields) before.set(id, await page.inputValue(selector))
      const typeInto = async (selector: string, text: string) => {
        await page.focus(selector)
        await page.keyboard.press('End')
        await page.keyboard.type(text, { delay: 20 })
      }
      // Half a word into every field before Next.js arrives, the other half while React hydrates.
      for (const { selector } of fields) await typeInto(selector, 'web')
      release()
      for (const { selector } of fields) await typeInto(selector, 'hook')
      await page.waitForFunction(isHydrated, hydratedAttribute)
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))

      for (const { id, selector } of fields) {
        expect(await page.inputValue(selector), `${path} ${selector}`).toBe(`${before.get(id)}webhook`)
      }
      const last = fields.at(-1)!
      const focus = await page.evaluate(() => {
        const active = document.activeElement as HTMLInputElement | null
        return { id: active?.id, caret: active?.selectionStart }
      })
      expect(focus).toEqual({ id: last.id, caret: `${before.get(last.id)}webhook`.length })
    })
  }

  siteTest('opens the search box when Ctrl+K is the very first thing pressed', async ({ site }) => {
    const { page, release } = await openHeld(site, '/guide/route-handlers/')
    await page.keyboard.press('Control+k')
    const focused = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)
    expect(await focused()).toBe('search')
    await page.keyboard.type('web')
    release()
    await page.keyboard.type('hook')
    await page.waitForFunction(isHydrated, hydratedAttribute)
    expect(await focused()).toBe('search')
    expect(await page.inputValue('input[type="search"] >> nth=0')).toBe('webhook')
    // The theme's search answers the next key once its index has loaded (it loads on focus, and
    // does not search what was typed while it loaded).
    await page.keyboard.press('Backspace')
    await page.keyboard.type('k')
    await expect.poll(() => page.locator('.nextra-search-results a').count()).toBeGreaterThan(0)
  })

  siteTest(
    'opens the theme menu at the first press, applies a choice, and hands it to React',
    async ({ site }) => {
      const { page, release } = await openHeld(site, '/guide/')
      const button = page.locator('button[title="Change theme"]:visible')
      const menu = page.getByRole('listbox')
      const options = () =>
        menu.evaluate((list) =>
          [...list.querySelectorAll('[role="option"]')].map(
            (option) => `${option.textContent}${option.getAttribute('aria-selected') === 'true' ? ' ✓' : ''}`,
          ),
        )
      await button.click()
      await expect.poll(() => menu.isVisible()).toBe(true)
      expect(await options()).toEqual(['Light ✓', 'Dark', 'System'])
      expect(await button.getAttribute('aria-expanded')).toBe('true')
      // Above the button, as Nextra places its own, and focused for the keyboard.
      const [list, pressed] = [await menu.boundingBox(), await button.boundingBox()]
      expect(list!.y + list!.height).toBeLessThanOrEqual(pressed!.y)
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox')

      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
      expect(await menu.count()).toBe(0)
      const scheme = () =>
        page.evaluate(() => ({
          dark: document.documentElement.classList.contains('dark'),
          stored: localStorage.getItem('theme'),
          focused: document.activeElement?.getAttribute('title'),
        }))
      expect(await scheme()).toEqual({ dark: true, stored: 'dark', focused: 'Change theme' })

      // Opened again and still open when React takes over: React's menu replaces it, with the choice.
      await button.click()
      expect(await options()).toEqual(['Light', 'Dark ✓', 'System'])
      release()
      await page.waitForFunction(isHydrated, chromeHydratedAttribute)
      await expect.poll(() => menu.getAttribute('id')).toMatch(/^headlessui-listbox-options/)
      expect(await menu.count()).toBe(1)
      expect(await page.locator('#theme-menu-before-react').count()).toBe(0)
      expect(await page.getByRole('option', { name: 'Dark' }).locator('svg').count()).toBe(1)
      await page.getByRole('option', { name: 'Light' }).click()
      expect(await scheme()).toMatchObject({ dark: false, stored: 'light' })
    },
  )

  siteTest(
    'opens the phone menu at the first press, with the sidebar links, and hands it to React',
    async ({ site }) => {
      const { page, release } = await openHeld(site, '/guide/', { viewport: phone })
      const menuButton = page.locator('button.nextra-hamburger')
      const sidebar = page.locator('aside.nextra-sidebar-container')
      // Open: the sidebar has slid down into view and shows its links; the page behind does not scroll.
      const isOpen = () =>
        sidebar.evaluate((aside) => {
          const box = aside.getBoundingClientRect()
          const links = [...aside.querySelectorAll('a[href$="/guide/server-actions/"]')]
          return {
            inView: box.bottom > 0 && box.top >= 0,
            linkShown: links.some((link) => link.getClientRects().length > 0),
            pageLocked: getComputedStyle(document.body).overflow === 'hidden',
          }
        })
      expect((await isOpen()).inView).toBe(false)
      await menuButton.click()
      await expect.poll(isOpen).toEqual({ inView: true, linkShown: true, pageLocked: true })

      // The button closes it again, as it does once hydrated.
      await menuButton.click()
      await expect.poll(isOpen).toMatchObject({ inView: false, pageLocked: false })

      await menuButton.click()
      await expect.poll(isOpen).toMatchObject({ inView: true, linkShown: true })
      release()
      await page.waitForFunction(isHydrated, chromeHydratedAttribute)
      // React's own phone list is in, and the menu is still open: React holds it now.
      await expect.poll(() => sidebar.locator('.nextra-menu-mobile').count()).toBe(1)
      expect(
        await page.evaluate(() => document.documentElement.hasAttribute('data-phone-menu-before-react')),
      ).toBe(false)
      expect(await isOpen()).toEqual({ inView: true, linkShown: true, pageLocked: true })
      await menuButton.click()
      await expect.poll(async () => (await isOpen()).inView).toBe(false)
    },
  )

  siteTest('copies at the first press on a copy button, and says so, before React', async ({ site }) => {
    const path = '/decide/pages-router/page-needs-data/'
    const { page, release } = await openHeld(site, path)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.baseUrl })
    const button = page.getByRole('button', { name: 'Copy link to this answer' })
    const status = button.locator('xpath=following-sibling::*[@role="status"][1]')
    // What the status shows: its text once React renders it, else what the loader drew.
    const shown = () =>
      status.evaluate((element) => {
        const drawn = getComputedStyle(element, '::before').content
        const text = element.textContent ?? ''
        return element.getClientRects().length === 0
          ? ''
          : text + (drawn === 'none' || drawn === 'normal' ? '' : drawn.replaceAll('"', ''))
      })
    expect(await shown()).toBe('')
    await button.click()
    await expect.poll(shown).toBe('Link copied.')
    // The whole address, although the page was published with its path only.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(path, site.baseUrl).href)

    await page.evaluate(() => navigator.clipboard.writeText(''))
    release()
    await page.waitForFunction(isHydrated, hydratedAttribute)
    await button.click()
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(new URL(path, site.baseUrl).href)
    // React's own status now, said once.
    expect(await status.textContent()).toBe('Link copied.')
    expect(await shown()).toBe('Link copied.')
  })

  siteTest('draws the theme menu before React as Nextra draws its own', async ({ site }) => {
    // The same classes and place in both, so the hand-over does not jump (a Nextra update that
    // changes its menu fails here).
    const { page, release } = await openHeld(site, '/guide/')
    const button = page.locator('button[title="Change theme"]:visible')
    const drawn = () =>
      page.getByRole('listbox').evaluate((list) => {
        const box = list.getBoundingClientRect()
        const option = list.querySelector('[role="option"]:not(:has(svg))')!
        return {
          list: [...list.classList].sort().join(' '),
          option: option.className.split(' ').sort().join(' '),
          box: [box.x, box.y, box.width, box.height].map(Math.round),
        }
      })
    await button.click()
    const before = await drawn()
    await page.keyboard.press('Escape')
    release()
    await page.mouse.move(5, 5)
    await page.waitForFunction(isHydrated, chromeHydratedAttribute)
    await button.click()
    await expect.poll(() => page.getByRole('listbox').getAttribute('data-open')).toBe('')
    expect(await drawn()).toEqual(before)
  })

  siteTest('shows the chosen theme and the search shortcut from the first paint', async ({ site }) => {
    const label = (page: Page) =>
      page.evaluate(() => {
        const span = document.querySelector('button[title="Change theme"] span')!
        const drawn = getComputedStyle(span, '::after').content
        return drawn === 'none' || drawn === 'normal' ? span.textContent : drawn.replaceAll('"', '')
      })
    const hint = (page: Page) =>
      page.evaluate(() => {
        const box = document.querySelector('input[type="search"]')!.parentElement!
        const kbd = box.querySelector('kbd')
        return kbd ? kbd.textContent : getComputedStyle(box, '::after').content.replaceAll('"', '')
      })

    const dark = await openHeld(site, '/guide/', { theme: 'dark' })
    expect(await dark.page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)
    expect(await label(dark.page)).toBe('Dark')
    expect(await hint(dark.page)).toBe('CTRL K')
    dark.release()
    await dark.page.mouse.move(10, 10)
    await dark.page.waitForFunction(isHydrated, chromeHydratedAttribute)
    expect(await label(dark.page)).toBe('Dark')
    expect(await hint(dark.page)).toBe('CTRL K')

    // No choice stored: the page follows the system, and says so.
    const system = await openHeld(site, '/guide/', { theme: 'dark', storeTheme: false })
    expect(await label(system.page)).toBe('System')
    system.release()
    await system.page.mouse.move(10, 10)
    await system.page.waitForFunction(isHydrated, hydratedAttribute)
    expect(await label(system.page)).toBe('System')
  })
})
