import type { Browser, BrowserContext, Page, Route } from 'playwright-core'
import { expect, it } from 'vitest'
import { plannedAnswer } from '../../content/examples/features/assistant/fake-model'
import { PageProblems } from '../harness/page-problems'
import type { ExampleAppContext } from './recipe-checks'

const ada = 'session=session-ada'

/** Resolves once React has hydrated the element (it carries React's fiber key). */
async function hydrated(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css)
    return element !== null && Object.keys(element).some((key) => key.startsWith('__reactFiber'))
  }, selector)
}

/** The recipes of content/recipes/reads-after-load.ts under `next start`. */
export function readsAfterLoadChecks(app: ExampleAppContext): void {
  async function signedIn(options?: Parameters<Browser['newContext']>[0]) {
    const context = await app.browser().newContext(options)
    await context.addCookies([{ name: 'session', value: 'session-ada', url: app.url() }])
    return context
  }

  // search-suggestions
  it('search box: one request once the reader pauses, and a newer query aborts the one in flight', async () => {
    const context = await app.browser().newContext()
    const page = await context.newPage()
    const problems = new PageProblems(page)
    const asked: string[] = []
    const aborted: string[] = []
    const query = (url: string) => new URL(url).searchParams.get('q') ?? ''
    page.on('request', (request) => {
      if (request.url().includes('/api/search')) asked.push(query(request.url()))
    })
    page.on('requestfailed', (request) => {
      if (request.url().includes('/api/search')) aborted.push(query(request.url()))
    })
    await page.clock.install()
    await page.goto(`${app.url()}/search`)
    await hydrated(page, 'input[type=search]')
    await page.clock.pauseAt(Date.now() + 1_000)
    const box = page.getByLabel('Search projects')
    const suggestions = page.getByRole('list', { name: 'Suggestions' })

    // Typing fast: no request until 250 ms after the last key, then one for the whole word.
    await box.pressSequentially('engine')
    await page.clock.runFor(249)
    expect(asked).toEqual([])
    await page.clock.runFor(1)
    await expect.poll(() => suggestions.textContent()).toBe('Analytical Engine')
    expect(asked).toEqual(['engine'])

    // A request still on its way when the query changes is aborted, so it can never answer late.
    let held: Route | undefined
    await page.route(/\/api\/search\?q=ana$/, (route) => void (held = route))
    await box.fill('ana')
    await page.clock.runFor(250)
    await expect.poll(() => held !== undefined).toBe(true)
    await box.pressSequentially('l')
    await expect.poll(() => aborted).toEqual(['ana'])
    await page.clock.runFor(250)
    await expect.poll(() => asked).toEqual(['engine', 'ana', 'anal'])
    await expect.poll(() => suggestions.textContent()).toBe('Analytical Engine')
    expect(problems.found).toEqual([])
    await context.close()
  })

  // infinite-scroll
  it('changelog: the first page is in the HTML, and scrolling loads each later page once', async () => {
    const html = await (await app.request('/changelog')).text()
    expect(html).toContain('Release 45')
    expect(html).toContain('Release 26')
    expect(html).not.toContain('Release 25')

    const context = await app.browser().newContext({ viewport: { width: 800, height: 600 } })
    const page = await context.newPage()
    const problems = new PageProblems(page)
    const pagesAsked: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/changelog')) pagesAsked.push(request.url())
    })
    await page.goto(`${app.url()}/changelog`)
    const entries = page.locator('[data-entry-id]')
    expect(await entries.count()).toBe(20)
    await hydrated(page, 'ul[aria-label="Changelog entries"] + div button')
    expect(pagesAsked).toEqual([])

    await entries.last().scrollIntoViewIfNeeded()
    await expect.poll(() => entries.count()).toBe(40)
    expect(pagesAsked).toHaveLength(1)
    await entries.last().scrollIntoViewIfNeeded()
    await expect.poll(() => entries.count()).toBe(45)
    await expect.poll(() => page.getByRole('status').textContent()).toBe('You have reached the end.')

    const ids = await entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-entry-id')))
    expect(new Set(ids).size).toBe(45)
    expect([ids[0], ids.at(-1)]).toEqual(['chg_045', 'chg_001'])
    expect(pagesAsked).toHaveLength(2)
    expect(problems.found).toEqual([])
    await context.close()
  })

  it('changelog: the Load more button works where IntersectionObserver does not', async () => {
    const context = await app.browser().newContext()
    await context.addInitScript(() => {
      delete (window as { IntersectionObserver?: unknown }).IntersectionObserver
    })
    const page = await context.newPage()
    const problems = new PageProblems(page)
    await page.goto(`${app.url()}/changelog`)
    await hydrated(page, 'ul[aria-label="Changelog entries"] + div button')
    const entries = page.locator('[data-entry-id]')
    await entries.last().scrollIntoViewIfNeeded()
    await page.getByRole('button', { name: 'Load more' }).click()
    await expect.poll(() => entries.count()).toBe(40)
    expect(problems.found).toEqual([])
    await context.close()
  })

  it('changelog API: 400 for a cursor it did not give out and for a page over 50', async () => {
    const bad = await app.request('/api/changelog?cursor=bm90LWpzb24')
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toBe('invalid_cursor')
    const big = await app.request('/api/changelog?limit=51')
    expect(big.status).toBe(400)
    expect((await big.json()).message).toBe('Ask for 1 to 50 entries at a time.')
  })
  // poll-a-job
  /** Starts an import through the imports page (a Server Action) and answers its page's path. */
  async function startImport(context: BrowserContext): Promise<string> {
    const page = await context.newPage()
    await page.goto(`${app.url()}/imports/demo`)
    await page.getByRole('button', { name: 'Import the sample file' }).click()
    await page.waitForURL(/\/imports\/imp_/)
    const path = new URL(page.url()).pathname
    await page.close()
    return path
  }

  /** Opens an import's page on a paused clock and runs it until the first poll has answered. */
  async function pollingPage(page: Page, jobPath: string) {
    const polls: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === `/api${jobPath}`) polls.push(request.method())
    })
    await page.clock.install()
    await page.goto(`${app.url()}${jobPath}`)
    await hydrated(page, '[role=status]')
    await page.clock.pauseAt(Date.now() + 500)
    const checked = page.getByText(/^Checked at/)
    await expect
      .poll(async () => {
        await page.clock.runFor(500)
        return checked.count()
      })
      .toBe(1)
    return { polls, checked }
  }

  it('import page: polls its status every 2 s with GET, and stops once the job is done', async () => {
    const context = await signedIn()
    const jobPath = await startImport(context)
    const page = await context.newPage()
    const problems = new PageProblems(page)
    const { polls, checked } = await pollingPage(page, jobPath)

    // One poll more, so that the next one is timed from an answer that came in on the paused clock.
    let lastChecked = await checked.textContent()
    await page.clock.runFor(2_000)
    await expect.poll(() => checked.textContent()).not.toBe(lastChecked)
    lastChecked = await checked.textContent()
    const before = polls.length
    await page.clock.runFor(1_999)
    expect(polls).toHaveLength(before)
    await page.clock.runFor(1)
    expect(polls).toHaveLength(before + 1)
    await expect.poll(() => checked.textContent()).not.toBe(lastChecked)

    const status = page.getByRole('status')
    await expect
      .poll(
        async () => {
          await page.clock.runFor(2_000)
          return status.textContent()
        },
        { timeout: 60_000 },
      )
      .toBe('Done: 100 rows imported.')
    const finished = polls.length
    await page.clock.runFor(20_000)
    expect(polls).toHaveLength(finished)
    expect(new Set(polls)).toEqual(new Set(['GET']))

    // The status is the owner's alone.
    const grace = await app.request(`/api${jobPath}`, { headers: { cookie: 'session=session-grace' } })
    expect(grace.status).toBe(404)
    const owner = await app.request(`/api${jobPath}`, { headers: { cookie: ada } })
    expect(owner.headers.get('cache-control')).toBe('no-store')
    expect(problems.found).toEqual([])
    await context.close()
  })

  it('import page: leaving the page stops the polling', async () => {
    const context = await signedIn()
    const jobPath = await startImport(context)
    const page = await context.newPage()
    const problems = new PageProblems(page)
    const { polls } = await pollingPage(page, jobPath)
    await page.getByRole('link', { name: 'All imports' }).click()
    await expect
      .poll(async () => {
        await page.clock.runFor(50)
        return page.getByRole('heading', { name: 'Imports' }).count()
      })
      .toBe(1)
    const left = polls.length
    await page.clock.runFor(20_000)
    expect(polls).toHaveLength(left)
    expect(problems.found).toEqual([])
    await context.close()
  })

  // client-data-library
  it('directory: cards of one owner share one request, and closing a card cancels its request', async () => {
    const context = await app.browser().newContext()
    const page = await context.newPage()
    const problems = new PageProblems(page)
    const asked: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/people/')) asked.push(new URL(request.url()).pathname)
    })
    await page.goto(`${app.url()}/directory`)
    await hydrated(page, 'button[aria-expanded]')
    const grace = page.getByRole('button', { name: 'About Grace Hopper' })
    expect(await grace.count()).toBe(2)
    await grace.nth(0).click()
    await grace.nth(1).click()
    const cards = page.getByRole('region', { name: 'About Grace Hopper' })
    await expect.poll(() => cards.count()).toBe(2)
    expect(await cards.nth(1).getByRole('listitem').allTextContents()).toEqual(['A-0 Compiler'])
    expect(asked).toEqual(['/api/people/u_grace'])

    // The query function passes TanStack Query's signal to fetch: a card closed before its answer
    // arrives cancels the request.
    let held: Route | undefined
    await page.route('**/api/people/u_ada', (route) => void (held = route))
    const cancelled = page.waitForEvent('requestfailed', (request) => request.url().endsWith('/u_ada'))
    const ada = page.getByRole('button', { name: 'About Ada Lovelace' })
    await ada.click()
    await expect.poll(() => held !== undefined).toBe(true)
    await ada.click()
    expect((await cancelled).failure()?.errorText).toBe('net::ERR_ABORTED')
    expect(problems.found).toEqual([])
    await context.close()
  })

  // streamed-answer
  const ask = (question: string, signal?: AbortSignal) =>
    app.request('/api/assistant', {
      method: 'POST',
      headers: { cookie: ada, origin: app.url(), 'content-type': 'application/json' },
      body: JSON.stringify({ question }),
      signal,
    })

  /** The answer to `question` as the assistant page lists it, from the store. */
  async function savedAnswer(question: string): Promise<{ status: string; text: string } | null> {
    const html = await (await app.request('/assistant', { headers: { cookie: ada } })).text()
    const quoted = question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const item = new RegExp(
      `<li data-answer-status="(\\w+)"><p><strong>${quoted}</strong></p><p data-answer-text="true">([^<]*)</p>`,
    ).exec(html)
    return item ? { status: item[1]!, text: item[2]!.replaceAll('&amp;', '&') } : null
  }

  const decoder = new TextDecoder()

  it('assistant: the first words arrive while the model is still writing, never cached', async () => {
    const question = `Streamed on ${app.next} at ${Date.now()}`
    const response = await ask(question)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const reader = response.body!.getReader()
    let text = decoder.decode((await reader.read()).value, { stream: true })
    const planned = plannedAnswer(question).join('')
    expect(text.length).toBeGreaterThan(0)
    expect(text.length).toBeLessThan(planned.length)
    // The body is still open and the store says the model has not written its last word yet.
    expect(await savedAnswer(question)).toMatchObject({ status: 'writing' })
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      text += decoder.decode(chunk.value, { stream: true })
    expect(text).toBe(planned)
    expect(await savedAnswer(question)).toEqual({ status: 'complete', text: planned })
  })

  it('assistant: aborting the request stops the model, and what was sent is kept, marked stopped', async () => {
    const question = `Stopped on ${app.next} at ${Date.now()}`
    const stop = new AbortController()
    const reader = (await ask(question, stop.signal)).body!.getReader()
    const first = decoder.decode((await reader.read()).value)
    stop.abort()
    await expect.poll(async () => (await savedAnswer(question))?.status).toBe('stopped')
    const planned = plannedAnswer(question).join('')
    const kept = (await savedAnswer(question))!.text
    expect(kept.startsWith(first)).toBe(true)
    expect(kept.length).toBeLessThan(planned.length / 2)
    // The model is no longer writing for Ada, so a new question is taken (one answer at a time).
    const next = new AbortController()
    const again = await ask(`${question}, again`, next.signal)
    expect(again.status).toBe(200)
    next.abort()
    await expect.poll(async () => (await savedAnswer(`${question}, again`))?.status).toBe('stopped')
  })

  it('assistant page: Stop ends the answer in the browser without an error', async () => {
    const context = await signedIn()
    const page = await context.newPage()
    const problems = new PageProblems(page)
    const question = `Stop pressed on ${app.next} at ${Date.now()}`
    await page.goto(`${app.url()}/assistant`)
    await hydrated(page, 'textarea')
    await page.getByLabel('Question').fill(question)
    await page.getByRole('button', { name: 'Ask' }).click()
    const answer = page.getByRole('status', { name: 'Answer' })
    await expect.poll(() => answer.textContent()).toContain('You asked')
    await page.getByRole('button', { name: 'Stop' }).click()
    const box = page.locator('form')
    await expect.poll(() => box.getByText('Stopped.', { exact: true }).count()).toBe(1)
    const shown = (await answer.textContent()) ?? ''
    await expect.poll(async () => (await savedAnswer(question))?.status).toBe('stopped')
    const kept = (await savedAnswer(question))!.text
    expect(kept.startsWith(shown)).toBe(true)
    expect(kept.length).toBeLessThan(plannedAnswer(question).join('').length)
    expect(problems.found).toEqual([])
    await context.close()
  })
}
