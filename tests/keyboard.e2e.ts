import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { phone, siteTest } from './harness/site-test'

const sharedRule = '/decide/app-router/our-interface-changes-data/other-callers-too/'

/** What has focus, where it sits against the viewport and below the sticky header, and what it says. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement ?? document.body
    const box = element.getBoundingClientRect()
    const header = document.querySelector('.nextra-nav-container')?.getBoundingClientRect().bottom ?? 0
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim(),
      id: element.id,
      inMain: element.closest('article') !== null,
      inView: box.top >= header && box.top < window.innerHeight && box.bottom > header,
      // What follows it is in sight too.
      inUpperHalf: box.top >= header && box.top <= header + (window.innerHeight - header) / 2,
    }
  })
}

/** Presses Tab until focus is inside the article; returns the href or text of each stop on the way. */
async function tabToArticle(page: Page, limit = 80): Promise<string[]> {
  const stops: string[] = []
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const element = document.activeElement
      if (!element || element.closest('article')) return null
      return element.getAttribute('href') ?? element.textContent?.trim() ?? element.tagName
    })
    if (stop === null) return stops
    stops.push(stop)
  }
  throw new Error(`Tab did not reach the article in ${limit} presses: ${stops.join(', ')}`)
}

describe('skip to content', () => {
  for (const path of ['/', '/decision-map/', '/decide/', sharedRule, '/plan/', '/no-such-page/']) {
    siteTest(
      `is the first Tab stop on ${path}, shows when focused and moves focus to the content`,
      async ({ site }) => {
        const page = await site.open()
        const status = path.startsWith('/no-such-page') ? 404 : 200
        await site.visit(page, path, { expectStatus: status, audit: false })
        await page.keyboard.press('Tab')
        const link = page.getByRole('link', { name: 'Skip to content' })
        expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Skip to content' })
        // Shown on top of the header, not hidden under it.
        const box = (await link.boundingBox())!
        expect(box.y).toBeGreaterThanOrEqual(0)
        expect(
          await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent, {
            x: box.x + box.width / 2,
            y: box.y + box.height / 2,
          }),
        ).toBe('Skip to content')
        await site.audit(page)

        await page.keyboard.press('Enter')
        expect(await focused(page)).toMatchObject({ id: 'nb-content', inMain: true })
        // The next Tab goes on inside the content, not back through the header and sidebar.
        await page.keyboard.press('Tab')
        expect((await focused(page)).inMain).toBe(true)
      },
    )
  }

  siteTest('works before the page has loaded any script (plain HTML)', async ({ site }) => {
    const page = await site.open({ javaScriptEnabled: false })
    await page.goto(new URL('/decision-map/', site.baseUrl).href)
    await page.keyboard.press('Tab')
    expect(await focused(page)).toMatchObject({ text: 'Skip to content' })
    await page.keyboard.press('Enter')
    expect(await focused(page)).toMatchObject({ id: 'nb-content', inMain: true })
  })
})

describe('the sidebar and the Tab key', () => {
  siteTest('skips the links of collapsed groups and leaves the groups closed', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/decide/', { audit: false })
    const guide = page.locator('.nextra-menu-desktop li:has(> button[data-href="/guide"])')
    expect(await guide.getAttribute('class')).not.toContain('open')
    const stops = await tabToArticle(page)
    expect(stops).toContain('/decide/')
    expect(stops.filter((stop) => stop.startsWith('/guide/'))).toEqual([])
    expect(await guide.getAttribute('class')).not.toContain('open')

    // The mouse still opens the group and follows its links.
    await guide.getByRole('button', { name: 'Guide' }).click()
    await guide.getByRole('link', { name: 'Server Actions' }).click()
    await page.waitForURL((url) => url.pathname === '/guide/server-actions/')
  })

  siteTest('reaches the links of a group once it is opened', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/decide/', { audit: false })
    const button = page.locator('.nextra-menu-desktop button[data-href="/guide"]')
    await button.focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'The four boundaries' })
  })
})

describe('focus after an action', () => {
  siteTest('"Open the Run panel" puts focus in the console it opens', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/patterns/webhook/', { audit: false })
    const panel = page.getByRole('region', { name: 'Run panel' })
    await panel.getByRole('button', { name: 'Open the Run panel' }).focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-run-panel] form') !== null))
      .toBe(true)
    expect((await focused(page)).inView).toBe(true)
    await site.audit(page)
  })

  for (const viewport of [undefined, phone]) {
    siteTest(
      `"Make it yours" shows every field at once, and "Show my files" focuses the files in place${viewport ? ' (phone)' : ''}`,
      async ({ site }) => {
        const page = await site.open({ viewport })
        await site.visit(page, sharedRule, { audit: false })
        // The deployment question is there before the first submit.
        const serverless = page.getByLabel('Serverless functions (a hosting platform)')
        expect(await serverless.isVisible()).toBe(true)
        await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true))

        await page.getByLabel('Feature name').fill('project invites')
        await serverless.check()
        await page.getByRole('button', { name: 'Show my files' }).press('Enter')
        await expect.poll(() => focused(page)).toMatchObject({ text: 'Starting files for project invites' })
        expect((await focused(page)).inUpperHalf).toBe(true)
        // The same document, updated in place: no reload to the top of the page.
        expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true)
        expect(new URL(page.url()).searchParams.get('deploy')).toBe('serverless')

        // Only the deployment changed: focus goes to what it changed.
        await page.getByLabel("A static export (output: 'export')").check()
        await page.getByRole('button', { name: 'Show my files' }).click()
        await expect
          .poll(() => focused(page))
          .toMatchObject({ text: expect.stringMatching(/^Deployed on a static export/) })
        expect((await focused(page)).inUpperHalf).toBe(true)
        await site.audit(page)
      },
    )
  }

  siteTest('a name the files cannot use sends focus to the field and its message', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, sharedRule, { audit: false })
    await page.getByLabel('Feature name').fill('招待')
    await page.getByRole('button', { name: 'Show my files' }).click()
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'input', id: 'feature-name' })
    expect(await page.getByLabel('Feature name').getAttribute('aria-invalid')).toBe('true')
  })

  siteTest(
    '"Add to the plan" focuses the operation it added, and each answer the next question',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/plan/?feature=project+invites', { audit: false })
      await page.getByLabel('What does it do?').fill('The page that lists invites')
      await page.getByRole('button', { name: /^The app\/ folder/ }).click()
      expect(await focused(page)).toMatchObject({ tag: 'p', inView: true })
      await page.getByRole('button', { name: /^A page needs data/ }).click()
      expect(await focused(page)).toMatchObject({ text: expect.stringMatching(/^Answer: /) })
      await page.getByRole('button', { name: 'Add to the plan' }).click()
      await expect
        .poll(() => focused(page))
        .toMatchObject({
          tag: 'li',
          text: expect.stringContaining('The page that lists invites'),
          inView: true,
        })
      expect(
        await page.evaluate(
          () => document.activeElement?.closest('[data-testid="plan-operations"]') !== null,
        ),
      ).toBe(true)
      await site.audit(page)
    },
  )
})
