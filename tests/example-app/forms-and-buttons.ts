import type { BrowserContext, Locator, Page, Route } from 'playwright-core'
import { expect, it } from 'vitest'
import { PageProblems } from '../harness/page-problems'
import type { ExampleAppContext } from './recipe-checks'

const ada = { name: 'session', value: 'session-ada' }
const grace = { name: 'session', value: 'session-grace' }

/** Resolves once React has hydrated the element: it keeps its fiber on the DOM node it claims. */
async function hydrated(element: Locator): Promise<void> {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__reactFiber$'))))
    .toBe(true)
}

/** Holds each Server Action call to `path` until the test lets it through, in order. */
async function holdActions(page: Page, path: string): Promise<{ held: () => number; release: () => void }> {
  const waiting: Route[] = []
  await page.route(`**${path}`, (route) =>
    route.request().method() === 'POST' && route.request().headers()['next-action']
      ? void waiting.push(route)
      : route.continue(),
  )
  return { held: () => waiting.length, release: () => void waiting.shift()?.continue() }
}

// With JavaScript off, Chromium refuses the script requests (reported as "csp"): that is the point.
const problemsBesidesScripts = (problems: PageProblems) =>
  problems.found.filter((problem) => !problem.endsWith('(csp)'))

/** The recipes of content/recipes/forms-and-buttons.ts under `next start`. */
export function formsAndButtonsChecks(app: ExampleAppContext): void {
  async function browse(options: {
    javaScriptEnabled: boolean
    session?: { name: string; value: string }
    headers?: Record<string, string>
  }): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
    const context = await app.browser().newContext({
      javaScriptEnabled: options.javaScriptEnabled,
      extraHTTPHeaders: options.headers,
    })
    if (options.session) await context.addCookies([{ ...options.session, url: app.url() }])
    const page = await context.newPage()
    return { context, page, problems: new PageProblems(page) }
  }

  for (const javaScriptEnabled of [false, true]) {
    it(`form-with-field-errors: shows the field's error and keeps what was typed, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const { context, page, problems } = await browse({ javaScriptEnabled, session: ada })
      await page.goto(`${app.url()}/settings`)
      const email = page.getByLabel('Email')
      if (javaScriptEnabled) await hydrated(email)
      await email.fill('ada-at-example')
      await page.getByRole('button', { name: 'Save' }).click()
      // Scoped to the form: once hydrated, Next.js adds a route announcer with the role alert too.
      const form = page.locator('form')
      await expect
        .poll(() => form.getByRole('alert').textContent())
        .toBe('Enter an email address like name@example.com')
      expect(await form.getByRole('status').textContent()).toBe('Check the highlighted fields.')
      expect(await email.inputValue()).toBe('ada-at-example')
      expect(await email.getAttribute('aria-invalid')).toBe('true')
      expect(problemsBesidesScripts(problems)).toEqual([])
      await context.close()
    })
  }

  it('optimistic-toggle: the star flips before the action answers, and falls back with the reason when it refuses', async () => {
    const { context, page, problems } = await browse({ javaScriptEnabled: true, session: ada })
    const actions = await holdActions(page, '/explore')
    await page.goto(`${app.url()}/explore`)
    const star = page.getByRole('button', { name: 'Star A-0 Compiler' })
    await hydrated(star)
    expect(await star.getAttribute('aria-pressed')).toBe('false')

    await star.click()
    await expect.poll(actions.held).toBe(1)
    // The action has not answered yet, and the button already shows the new state.
    expect(await star.getAttribute('aria-pressed')).toBe('true')
    const starred = page.waitForResponse((response) => response.request().method() === 'POST')
    actions.release()
    expect((await starred).status()).toBe(200)
    await page.reload()
    await hydrated(star)
    expect(await star.getAttribute('aria-pressed')).toBe('true')

    // The session ends with the page open: the next click flips, then the action refuses it.
    await context.clearCookies()
    await star.click()
    await expect.poll(actions.held).toBe(1)
    expect(await star.getAttribute('aria-pressed')).toBe('false')
    actions.release()
    const reason = page.getByRole('listitem').filter({ has: star }).getByRole('alert')
    await expect.poll(() => reason.textContent()).toBe('Your session has ended. Sign in again.')
    expect(await star.getAttribute('aria-pressed')).toBe('true')
    expect(problems.found).toEqual([])
    await context.close()
  })

  it('role-checked-action: an admin approves; a member posting the same form gets 403 and nothing changes', async () => {
    const member = await app.request('/moderation', { headers: { cookie: 'session=session-ada' } })
    expect(await member.text()).toContain('Only moderators can see this page.')

    const { context, page, problems } = await browse({ javaScriptEnabled: true, session: grace })
    await page.goto(`${app.url()}/moderation`)
    const comment = (id: string) => page.locator(`[data-comment="${id}"]`)
    const approve = (id: string) => comment(id).getByRole('button', { name: 'Approve' })
    await hydrated(approve('c_music'))
    await approve('c_music').click()
    await expect.poll(() => comment('c_music').locator('[data-status]').textContent()).toBe('approved')

    // The page was drawn for the admin; the member's session posts its form.
    await context.clearCookies()
    await context.addCookies([{ ...ada, url: app.url() }])
    await approve('c_loops').click()
    await expect
      .poll(() => comment('c_loops').getByRole('alert').textContent())
      .toBe('You do not have permission to moderate comments.')

    await context.clearCookies()
    await context.addCookies([{ ...grace, url: app.url() }])
    await page.reload()
    expect(await comment('c_loops').locator('[data-status]').textContent()).toBe('pending')
    expect(problems.found).toEqual([])
    await context.close()
  })

  it('public-form: thanks without a session, answers bad input, then rate limits by email and by address', async () => {
    // The app reads the client address from X-Forwarded-For, as a proxy in front of it would write it.
    const { context, page, problems } = await browse({
      javaScriptEnabled: false,
      headers: { 'x-forwarded-for': '203.0.113.50' },
    })
    await page.goto(`${app.url()}/contact`)
    expect(await page.locator('input[name="website"]').isVisible()).toBe(false)
    const send = async (fields: { name: string; email: string }) => {
      await page.getByLabel('Name').fill(fields.name)
      await page.getByLabel('Email').fill(fields.email)
      await page.getByLabel('Message').fill('Could the engine weave patterns?')
      // Without JavaScript the browser posts the form and loads the answer as a new document.
      const answered = page.waitForEvent('load')
      await page.getByRole('button', { name: 'Send' }).click()
      await answered
      return (await page.getByRole('form', { name: 'Contact' }).locator('[role]').textContent()) ?? ''
    }
    expect(await send({ name: '   ', email: 'ada@example.com' })).toBe(
      'Check the highlighted fields. Enter your name',
    )
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await send({ name: 'Ada', email: 'ada@example.com' })).toBe('Thanks, we will reply soon.')
    }
    const tooMany = /^Too many attempts, try again in \d+ minutes?\.$/
    // The fourth message from one email address; the fifth try from this address.
    expect(await send({ name: 'Ada', email: 'ada@example.com' })).toMatch(tooMany)
    // A new email address, but the sixth try from this address.
    expect(await send({ name: 'Grace', email: 'grace@example.com' })).toMatch(tooMany)
    expect((await page.content()).toLowerCase()).not.toContain('sign in')
    expect(problemsBesidesScripts(problems)).toEqual([])
    await context.close()

    const other = await browse({ javaScriptEnabled: true, headers: { 'x-forwarded-for': '203.0.113.51' } })
    await other.page.goto(`${app.url()}/contact`)
    const button = other.page.getByRole('button', { name: 'Send' })
    await hydrated(button)
    await other.page.getByLabel('Name').fill('Grace')
    await other.page.getByLabel('Email').fill('grace@example.com')
    await other.page.getByLabel('Message').fill('Could the engine weave patterns?')
    await button.click()
    await expect
      .poll(() => other.page.getByRole('form', { name: 'Contact' }).getByRole('status').textContent())
      .toBe('Thanks, we will reply soon.')
    expect(other.problems.found).toEqual([])
    await other.context.close()
  })

  for (const javaScriptEnabled of [false, true]) {
    it(`form-without-javascript: errors from the POST answer, then the invitation's own page, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const { context, page, problems } = await browse({ javaScriptEnabled, session: ada })
      await page.goto(`${app.url()}/team/invite`)
      const email = page.getByLabel('Email')
      const send = page.getByRole('button', { name: 'Send invitation' })
      if (javaScriptEnabled) await hydrated(send)
      await email.fill('charles')
      await send.click()
      await expect
        .poll(() => page.locator('form').getByRole('alert').textContent())
        .toBe('Enter an email address like name@example.com')
      expect(await email.inputValue()).toBe('charles')

      const address = javaScriptEnabled ? 'charles@example.com' : 'augusta@example.com'
      await email.fill(address)
      const answer = page.waitForResponse((response) => response.request().method() === 'POST')
      await send.click()
      // Without JavaScript, Next.js answers the post with a 303 to the result page and the browser
      // follows it. With JavaScript, x-action-redirect tells the router where to go (status 200 on 16,
      // 303 without a Location on 15).
      const answered = await answer
      if (javaScriptEnabled) {
        expect(await answered.headerValue('x-action-redirect')).toMatch(/^\/team\/invites\/inv_\w+;push$/)
        expect(await answered.headerValue('location')).toBeNull()
      } else {
        expect(answered.status()).toBe(303)
        expect(await answered.headerValue('location')).toMatch(/^\/team\/invites\/inv_\w+$/)
      }
      await page.waitForURL(/\/team\/invites\/inv_\w+$/)
      await expect.poll(() => page.getByText(`We sent an invitation to ${address}.`).count()).toBe(1)
      // The result is a page of its own: a reload shows it again and posts nothing.
      await page.reload()
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Invitation sent')
      expect(problemsBesidesScripts(problems)).toEqual([])
      await context.close()
    })
  }
}
