import type { Locator, Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { phone, siteTest } from './harness/site-test'

/** The id of the focused element, or its data-testid, or its tag name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement
    if (!active || active === document.body) return 'body'
    return active.id || active.getAttribute('data-testid') || active.tagName.toLowerCase()
  })

/** True when the whole element is inside the viewport (so a reader sees it without scrolling). */
const inView = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect()
    return box.top >= 0 && box.bottom <= window.innerHeight
  })

describe('the migration planner’s form', () => {
  siteTest(
    'an empty submit shows a focused error summary that links to the field, and no plan',
    async ({ site }) => {
      const page = await site.open({ viewport: phone })
      await site.visit(page, '/migrate/', { audit: false })
      await page.getByRole('button', { name: 'Plan the migration' }).click()
      const summary = page.getByTestId('error-summary')
      await summary.waitFor()
      expect(await summary.getByRole('heading').textContent()).toBe('There is a problem')
      await expect.poll(() => focused(page)).toBe('error-summary')
      expect(await inView(summary.getByRole('heading'))).toBe(true)
      expect(await page.getByTestId('migration-plan').count()).toBe(0)
      expect(await page.getByText(/\b0 routes\b/).count()).toBe(0)
      expect(await page.getByLabel('Your pages/api routes, one per line').getAttribute('aria-invalid')).toBe(
        'true',
      )
      const link = summary.getByRole('link', { name: /Enter at least one route/ })
      expect(await link.getAttribute('href')).toBe('#routes')
      await site.auditBothThemes(page)
      await link.click()
      expect(await focused(page)).toBe('routes')
    },
  )

  siteTest('a valid submit moves focus to the plan, scrolled into view', async ({ site }) => {
    const page = await site.open({ viewport: phone })
    await site.visit(page, '/migrate/', { audit: false })
    await page.getByRole('button', { name: 'Use an example list' }).click()
    await page.getByRole('button', { name: 'Plan the migration' }).click()
    const heading = page.getByTestId('migration-plan').getByRole('heading', { level: 2 })
    await heading.waitFor()
    expect(await heading.textContent()).toBe('9 routes, in the order to move them')
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await inView(heading)).toBe(true)
    expect(await page.getByTestId('error-summary').count()).toBe(0)
    await site.audit(page)
  })

  siteTest(
    'lines that cannot be planned are listed in the focused summary, each link selecting its line',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/migrate/', { audit: false })
      const field = page.getByLabel('Your pages/api routes, one per line')
      await field.fill('pages/api/projects.ts: own form\npages/api/reports.ts: carrier pigeon')
      await page.getByRole('button', { name: 'Plan the migration' }).click()
      const summary = page.getByTestId('error-summary')
      await expect.poll(() => focused(page)).toBe('error-summary')
      // The lines that can be planned still are, below the form.
      expect(await page.locator('tr[data-route-line]').count()).toBe(1)
      await summary.locator('li[data-error-line="2"] a').click()
      expect(await focused(page)).toBe('routes')
      expect(
        await field.evaluate((area: HTMLTextAreaElement) =>
          area.value.slice(area.selectionStart, area.selectionEnd),
        ),
      ).toBe('pages/api/reports.ts: carrier pigeon')
    },
  )

  siteTest(
    'the field holds no example text that looks typed, and the example is in the hint',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/migrate/', { audit: false })
      const field = page.getByLabel('Your pages/api routes, one per line')
      expect(await field.getAttribute('placeholder')).toBeNull()
      expect(await page.locator('#routes-help code').textContent()).toMatch(/^pages\/api\/.+: /)
    },
  )

  siteTest('the Route column wraps file paths after a slash, never inside a name', async ({ site }) => {
    const page = await site.open({ viewport: phone })
    const routes = [
      'pages/api/administration/organisations/[organisationId]/memberships.ts: own form, mobile',
      'pages/api/notifications/preferences/unsubscribe-everything.ts: own form',
    ].join('\n')
    await site.visit(page, `/migrate/?routes=${encodeURIComponent(routes)}`, { audit: false })
    await page.getByTestId('migration-plan').waitFor()
    // Each text node lies between two <wbr>s: one folder or file name, which must sit on one line.
    const brokenNames = await page.evaluate(() => {
      const broken: string[] = []
      const cells = document.querySelectorAll('tr[data-route-line] td:nth-child(2)')
      for (const cell of cells) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange()
          range.selectNodeContents(node)
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
          if (lines.size > 1) broken.push(node.textContent ?? '')
        }
      }
      return broken
    })
    expect(brokenNames).toEqual([])
    // And the paths do wrap: the longest takes more than one line.
    const routeCell = page.locator('tr[data-route-line="1"] td:nth-child(2) code')
    expect(await routeCell.evaluate((code) => code.getClientRects().length)).toBeGreaterThan(1)
  })
})

const half = 'app-router|Half an answer'
const read = 'app-router/page-needs-data|List invites'
const csv = 'app-router/url-returns-a-file-or-feed|Export invites'
const send = 'app-router/our-interface-changes-data/only-this-interface|Send an invite'
const pagesRead = 'pages-router/page-needs-data|Pages read'
const planPath = (...ops: string[]) => `/plan/?${ops.map((op) => `op=${encodeURIComponent(op)}`).join('&')}`

describe('planning a whole feature', () => {
  siteTest(
    'asks where the routes live once per plan, and says so for every later operation',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/plan/', { audit: false })
      const adding = page.getByRole('group', { name: 'Add an operation' })
      expect(await adding.getByText('Where do this project’s routes live?').count()).toBe(1)
      await adding.getByRole('button', { name: /^The app\/ folder/ }).click()
      await adding.getByRole('button', { name: /^A page needs data/ }).click()
      await adding.getByRole('button', { name: 'Add to the plan' }).click()
      await expect.poll(() => page.getByTestId('plan-operations').locator('li').count()).toBe(1)

      // The next operation starts at its own first question; the router is the plan's.
      expect(await adding.getByText('What starts this piece of code?').count()).toBe(1)
      expect(await adding.getByText('Where do this project’s routes live?').count()).toBe(0)
      expect(await page.getByTestId('plan-router').textContent()).toContain('the app/ folder (App Router)')
      await adding.getByRole('button', { name: /^Someone uses our own interface/ }).click()
      await adding.getByRole('button', { name: /^No, only our interface/ }).click()
      await adding.getByRole('button', { name: 'Add to the plan' }).click()
      await expect.poll(() => page.getByTestId('plan-operations').locator('li').count()).toBe(2)
      const ops = new URL(page.url()).searchParams.getAll('op')
      expect(ops.map((op) => op.split('/')[0])).toEqual(['app-router', 'app-router'])
      await site.audit(page)
    },
  )

  siteTest(
    'a shared link says what it could not restore: a broken operation, another router, a long name',
    async ({ site }) => {
      const page = await site.open()
      const long = 'Send the invite again '.repeat(5).trim()
      expect(long.length).toBeGreaterThan(80)
      await site.visit(
        page,
        `${planPath(half, `app-router/page-needs-data|${long}`, pagesRead)}&feature=${'x'.repeat(70)}`,
        { audit: false },
      )
      const report = page.getByTestId('link-problems')
      await report.waitFor()
      expect(await report.getByRole('heading').textContent()).toBe('Some of this link could not be restored')
      const items = await report.locator('li').allTextContents()
      expect(items).toEqual([
        expect.stringMatching(/^The feature name in this link cannot be used: Keep the name under 60/),
        expect.stringMatching(/^Operation 1 in this link: .* do not lead to an answer\. It was left out\.$/),
        `Operation 2 in this link: The name has ${long.length} characters; the limit is 80. It was cut to fit.`,
        expect.stringMatching(
          /^Operation 3 in this link: It is for the pages\/ folder .* It was left out\.$/,
        ),
      ])
      // The feature name's item links to its field, which shows the same reason.
      expect(await report.getByRole('link').getAttribute('href')).toBe('#plan-feature')
      expect(await page.getByLabel('Feature name').getAttribute('aria-invalid')).toBe('true')
      expect(await page.getByTestId('plan-operations').locator('li').count()).toBe(1)
      await site.auditBothThemes(page)
    },
  )

  siteTest('names the shared service only when operations change data', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, `${planPath(read, csv)}&feature=invites`, { audit: false })
    const combined = page.getByTestId('combined-plan')
    await combined.waitFor()
    expect(await combined.textContent()).toContain('Export invites')
    expect(await combined.getByText('One service').count()).toBe(0)

    await site.visit(page, `${planPath(read, send, send)}&feature=invites`, { audit: false })
    await combined.getByText('One service').waitFor()
    expect(await combined.locator('li', { hasText: 'One service' }).textContent()).toContain(
      'features/invites/service.ts',
    )
  })

  siteTest(
    '“Use this name” confirms the name and its path, or puts its reason in a focused summary',
    async ({ site }) => {
      const page = await site.open({ viewport: phone })
      await site.visit(page, planPath(read), { audit: false })
      const field = page.getByLabel('Feature name')
      await field.fill('<b>Заявки</b> 日本 invites')
      await page.getByRole('button', { name: 'Use this name' }).click()
      const status = page.getByRole('status').filter({ hasText: 'Using' })
      await status.waitFor()
      expect(await status.textContent()).toBe(
        'Using “<b>Заявки</b> 日本 invites”: its files go under features/zayavki-invites/. Left out of paths: markup, 日本.',
      )
      await expect
        .poll(() => new URL(page.url()).searchParams.get('feature'))
        .toBe('<b>Заявки</b> 日本 invites')

      await field.fill('class')
      await page.getByRole('button', { name: 'Use this name' }).click()
      const summary = page.getByTestId('error-summary')
      await expect.poll(() => focused(page)).toBe('error-summary')
      expect(await inView(summary.getByRole('heading'))).toBe(true)
      expect(await status.count()).toBe(0)
      await summary.getByRole('link', { name: /reserved word/ }).click()
      expect(await focused(page)).toBe('plan-feature')
      await site.audit(page)
    },
  )

  siteTest(
    'an operation name that is too long is refused in the summary, as a link would cut it',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, planPath(read), { audit: false })
      await page.getByLabel('What does it do?').fill('a'.repeat(90))
      await page.getByRole('button', { name: /^Someone uses our own interface/ }).click()
      await page.getByRole('button', { name: /^No, only our interface/ }).click()
      await page.getByRole('button', { name: 'Add to the plan' }).click()
      const summary = page.getByTestId('error-summary')
      await expect.poll(() => focused(page)).toBe('error-summary')
      expect(await summary.getByRole('link').textContent()).toBe(
        'The name has 90 characters; the limit is 80.',
      )
      expect(await summary.getByRole('link').getAttribute('href')).toBe('#operation-name')
      expect(await page.getByTestId('plan-operations').locator('li').count()).toBe(1)
    },
  )
})
