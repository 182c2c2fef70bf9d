import { expect, it } from 'vitest'
import { readLatencyMs } from '../../content/examples/features/overview/queries'
import { PageProblems } from '../harness/page-problems'
import type { ExampleAppContext } from './recipe-checks'

const ada = { cookie: 'session=session-ada' }
const grace = { cookie: 'session=session-grace' }

/** A page's HTML without the comments React puts between adjacent texts. */
const htmlOf = async (response: Response) => (await response.text()).replaceAll('<!-- -->', '')

/** Whether each tag is in the document's head: what a crawler that runs no script reads. */
function inHead(html: string, ...tags: string[]): boolean[] {
  const head = html.slice(0, html.indexOf('</head>'))
  return tags.map((tag) => head.includes(tag))
}

type TimedChunk = { at: number; html: string }

/** The body as it arrives, each chunk with the milliseconds since `start`. */
async function readChunks(response: Response, start: number): Promise<TimedChunk[]> {
  const chunks: TimedChunk[] = []
  const decoder = new TextDecoder()
  const reader = response.body!.getReader()
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push({ at: performance.now() - start, html: decoder.decode(read.value, { stream: true }) })
  }
  return chunks
}

/** The recipes of content/recipes/reads-for-a-page.ts under `next start`. */
export function readsForAPageChecks(app: ExampleAppContext): void {
  it('private-page: shows each user only their own projects, a visitor none, and is never cached', async () => {
    const visitor = await app.request('/dashboard/projects')
    const visitorHtml = await htmlOf(visitor)
    expect(visitorHtml).toContain('Sign in to see your projects.')
    expect(visitorHtml).not.toContain('Analytical Engine')
    expect(visitorHtml).not.toContain('Notes on the Engine')

    const adaHtml = await htmlOf(await app.request('/dashboard/projects', { headers: ada }))
    expect(adaHtml).toContain('Analytical Engine')
    expect(adaHtml).not.toContain('A-0 Compiler')
    const grace_ = await app.request('/dashboard/projects', { headers: grace })
    const graceHtml = await htmlOf(grace_)
    expect(graceHtml).toContain('A-0 Compiler')
    expect(graceHtml).not.toContain('Analytical Engine')

    // Rendered per request and marked so that no shared cache keeps one user's page for another.
    for (const response of [visitor, grace_]) {
      expect(response.headers.get('cache-control')).toContain('private')
      expect(response.headers.get('cache-control')).toContain('no-store')
    }
  })

  it('public-page-that-ranks: serves everyone the same prerendered page, with its metadata in the head', async () => {
    const anonymous = await app.request('/products/prod_team')
    const signedIn = await app.request('/products/prod_team', { headers: ada })
    for (const response of [anonymous, signedIn]) {
      expect(response.status).toBe(200)
      // Built by `next build`, kept for an hour, whoever asks: the page reads nothing per user.
      expect(response.headers.get('x-nextjs-cache')).toBe('HIT')
      expect(response.headers.get('cache-control')).toMatch(/^s-maxage=3600\b/)
    }
    expect(signedIn.headers.get('etag')).toBe(anonymous.headers.get('etag'))

    const html = await anonymous.text()
    expect(
      inHead(
        html,
        '<title>Team &amp; Co pricing</title>',
        '<meta name="description" content="The Team &amp; Co plan costs $49.00 a month."/>',
        '<link rel="canonical" href="https://projects.example.com/products/prod_team"/>',
      ),
    ).toEqual([true, true, true])
    expect(html).toContain('<h1>Team &amp; Co</h1>')
    expect(html).not.toContain('noindex')
  })

  it('public-page-that-ranks: answers 404 with noindex for a product that does not exist', async () => {
    const missing = await app.request('/products/prod_discontinued')
    expect(missing.status).toBe(404)
    const html = await missing.text()
    expect(inHead(html, '<meta name="robots" content="noindex"/>')).toEqual([true])
    expect(html).not.toContain('plan costs')
  })

  it('parallel-reads: streams the fallback at once, then the slow part, in the time of the slowest read', async () => {
    const overview = () =>
      app.request('/dashboard/overview', { headers: { ...ada, 'accept-encoding': 'identity' } })
    await (await overview()).text() // the first render of a route loads its code; time the second

    const start = performance.now()
    const response = await overview()
    const chunks = await readChunks(response, start)
    const done = chunks.at(-1)!.at
    const fallback = chunks.find((chunk) => chunk.html.includes('Loading recent updates…'))
    const list = chunks.find((chunk) => chunk.html.includes('<time dateTime='))

    expect(response.status).toBe(200)
    expect(fallback, 'the fallback is in the first part of the page').toBeDefined()
    expect(list, 'the recent updates stream in').toBeDefined()
    expect(fallback!.at).toBeLessThan(readLatencyMs.recentUpdates)
    expect(list!.at).toBeGreaterThan(fallback!.at)
    expect(list!.html).toContain('Analytical Engine')
    // In parallel the page takes as long as its slowest read; any two reads one after the other
    // would take longer than this.
    const quickest = Math.min(readLatencyMs.counts, readLatencyMs.billing, readLatencyMs.imports)
    expect(done).toBeGreaterThanOrEqual(readLatencyMs.recentUpdates)
    expect(done).toBeLessThan(readLatencyMs.recentUpdates + quickest)

    const visitor = await htmlOf(await app.request('/dashboard/overview'))
    expect(visitor).toContain('Sign in to see your overview.')
    expect(visitor).not.toContain('Loading recent updates')
  })

  it('search-in-the-url: renders what the query string asks, and the defaults for values it cannot use', async () => {
    const engine = await htmlOf(await app.request('/projects/browse?q=engine'))
    expect(engine).toContain('<li>Analytical Engine <small>active</small></li>')
    expect(engine).not.toContain('A-0 Compiler')

    const bad = await app.request('/projects/browse?status=deleted&page=abc&q=')
    expect(bad.status).toBe(200)
    const badHtml = await htmlOf(bad)
    expect(badHtml).toMatch(/<a [^>]*aria-current="true"[^>]*>All<\/a>/)
    expect(badHtml).toMatch(/Page 1 of \d+/)

    const farPage = await htmlOf(await app.request('/projects/browse?page=9999'))
    const [, shown, count] = /Page (\d+) of (\d+)/.exec(farPage)!
    expect(shown).toBe(count)
  })

  for (const javaScriptEnabled of [false, true]) {
    it(`search-in-the-url: searches, filters and pages through links and a GET form with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const context = await app.browser().newContext({ javaScriptEnabled })
      const page = await context.newPage()
      const problems = new PageProblems(page)
      const results = () => page.locator('main ul li').allTextContents()
      // The address after a click, as the query it carries: `{ q: 'cobol', status: 'archived' }`.
      const arriveAt = (query: Record<string, string>) => {
        const search = `?${new URLSearchParams(query)}`
        return page.waitForURL((url) => url.pathname === '/projects/browse' && url.search === search)
      }

      await page.goto(`${app.url()}/projects/browse`)
      await page.getByRole('link', { name: 'Archived', exact: true }).click()
      await arriveAt({ status: 'archived' })
      await expect.poll(results).toEqual(['COBOL, "=SUM" edition archived'])

      // The form sends the status along in a hidden field, and leaves the page number out.
      await page.getByLabel('Name contains').fill('cobol')
      await page.getByRole('button', { name: 'Search' }).click()
      await arriveAt({ q: 'cobol', status: 'archived' })
      await expect.poll(results).toEqual(['COBOL, "=SUM" edition archived'])

      await page.getByRole('link', { name: 'All', exact: true }).click()
      await arriveAt({ q: 'cobol' })
      expect(await page.getByLabel('Name contains').inputValue()).toBe('cobol')

      await page.goto(`${app.url()}/projects/browse?q=e`)
      const first = await results()
      await page.getByRole('link', { name: 'Next page' }).click()
      await arriveAt({ q: 'e', page: '2' })
      await expect.poll(results).not.toEqual(first)
      expect((await results()).filter((item) => first.includes(item))).toEqual([])
      await page.getByRole('link', { name: 'Previous page' }).click()
      await arriveAt({ q: 'e' })
      await expect.poll(results).toEqual(first)

      // With JavaScript off, Chromium refuses the script requests (reported as "csp"): that is the point.
      expect(problems.found.filter((problem) => javaScriptEnabled || !problem.endsWith('(csp)'))).toEqual([])
      await context.close()
    })
  }
}
