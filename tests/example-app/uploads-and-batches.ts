import type { BrowserContext, Page, Request } from 'playwright-core'
import { expect, it } from 'vitest'
import { presignPut } from '../../content/examples/features/uploads/storage'
import { PageProblems } from '../harness/page-problems'
import type { ExampleAppContext } from './recipe-checks'

/** A Server Action call from the browser: a POST that names the action in a Next-Action header. */
const isActionCall = (request: Request) => request.method() === 'POST' && 'next-action' in request.headers()

/** A file that starts with the PNG signature, `size` bytes long. */
function png(size: number): Buffer {
  const bytes = Buffer.alloc(size)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes)
  return bytes
}

/** The recipes of content/recipes/uploads-and-batches.ts under `next start`. */
export function uploadsAndBatchesChecks(app: ExampleAppContext): void {
  async function signedIn(session: string, javaScriptEnabled = true): Promise<BrowserContext> {
    const context = await app.browser().newContext({ javaScriptEnabled })
    await context.addCookies([{ name: 'session', value: session, url: app.url() }])
    return context
  }

  /** Every Server Action call the page sends from now on. */
  function actionCalls(page: Page): Request[] {
    const calls: Request[] = []
    page.on('request', (request) => {
      if (isActionCall(request)) calls.push(request)
    })
    return calls
  }

  it('several-operations-at-once: one action call writes four variations and reports each one', async () => {
    // Grace's plan has 6 model credits: the first batch of four is whole, the second gets two.
    const context = await signedIn('session-grace')
    const page = await context.newPage()
    const problems = new PageProblems(page)
    const calls = actionCalls(page)
    await page.goto(`${app.url()}/dashboard/variations`)
    const batch = page.getByRole('list', { name: 'This batch' }).getByRole('listitem')

    await page.getByLabel('Describe the tagline').fill('a compiler for business')
    await page.getByLabel('How many').selectOption('4')
    await page.getByRole('button', { name: 'Generate' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toBe('4 of 4 variations written.')
    expect(await batch.evaluateAll((items) => items.map((item) => item.dataset.ok))).toEqual([
      'true',
      'true',
      'true',
      'true',
    ])
    expect(calls).toHaveLength(1)

    await page.getByRole('button', { name: 'Generate' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toBe('2 of 4 variations written.')
    expect(await batch.evaluateAll((items) => items.map((item) => item.dataset.ok))).toEqual([
      'true',
      'true',
      'false',
      'false',
    ])
    expect(await batch.nth(3).textContent()).toBe('Failed: No model credits left on your plan.')
    expect(calls).toHaveLength(2)
    // The action revalidated the page: the saved list and the credits came back with its answer.
    const saved = page.getByRole('list', { name: 'Saved variations' }).getByRole('listitem')
    await expect.poll(() => saved.count()).toBe(6)
    expect(await page.getByText('Credits left: 0').count()).toBe(1)
    expect(problems.found).toEqual([])
    await context.close()
  })

  it('small-file-upload: saves a small image, gives a field error for a wrong type, and stops a large one in the browser', async () => {
    const context = await signedIn('session-ada')
    const page = await context.newPage()
    const problems = new PageProblems(page)
    const calls = actionCalls(page)
    await page.goto(`${app.url()}/account/avatar`)
    const input = page.getByLabel(/^Avatar/)

    await input.setInputFiles({ name: 'ada.png', mimeType: 'image/png', buffer: png(2000) })
    await page.getByRole('button', { name: 'Upload' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Avatar saved (2 KB).')
    await expect.poll(() => page.getByRole('img', { name: 'Ada Lovelace’s avatar' }).count()).toBe(1)

    // A text file with an image's name and type: the first bytes give it away.
    const text = Buffer.from('not an image at all')
    await input.setInputFiles({ name: 'cat.png', mimeType: 'image/png', buffer: text })
    await page.getByRole('button', { name: 'Upload' }).click()
    // (Not getByRole('alert'): Next.js's route announcer is one too.)
    const fieldError = page.locator('#avatar-error')
    await expect.poll(() => fieldError.textContent()).toBe('That file is not a PNG, JPEG or WebP image.')

    // Over the limit, the form says so and sends nothing.
    const sent = calls.length
    await input.setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: png(2 * 1024 * 1024) })
    await expect
      .poll(() => fieldError.textContent())
      .toBe('That image is 2048 KB; an avatar can be at most 512 KB.')
    expect(await page.getByRole('button', { name: 'Upload' }).isDisabled()).toBe(true)
    expect(calls).toHaveLength(sent)
    expect(problems.found).toEqual([])
    await context.close()
  })

  it('small-file-upload: without JavaScript, the action refuses 600 KB itself, and Next.js answers 500 past its 1 MB body limit', async () => {
    const context = await signedIn('session-ada', false)
    const page = await context.newPage()
    await page.goto(`${app.url()}/account/avatar`)
    /** Chooses a file and submits the form; with JavaScript off, the answer is a whole page. */
    async function submit(name: string, buffer: Buffer) {
      await page.getByLabel(/^Avatar/).setInputFiles({ name, mimeType: 'image/png', buffer })
      const [response] = await Promise.all([
        page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
        page.getByRole('button', { name: 'Upload' }).click(),
      ])
      await page.waitForLoadState()
      return response
    }
    const avatarSource = () => page.getByRole('img', { name: 'Ada Lovelace’s avatar' }).getAttribute('src')

    expect((await submit('small.png', png(1024))).status()).toBe(200)
    expect(await page.getByRole('status').textContent()).toBe('Avatar saved (1 KB).')
    const saved = await avatarSource()

    // Under Next.js's limit, the action runs and its own 512 KB check answers with a field error.
    expect((await submit('mid.png', png(600 * 1024))).status()).toBe(200)
    expect(await page.locator('#avatar-error').textContent()).toBe(
      'That image is 600 KB; an avatar can be at most 512 KB.',
    )

    // Over it, the action never runs: Next.js stops reading the body and answers 500, not 413.
    expect((await submit('big.png', png(2 * 1024 * 1024))).status()).toBe(500)
    expect(await page.locator('body').innerText()).toContain('Internal Server Error')

    await page.goto(`${app.url()}/account/avatar`)
    expect(await avatarSource()).toBe(saved)
    await context.close()
  })

  it('large-file-upload: the fake storage takes a PUT to a signed URL and refuses a tampered, expired or resized one with 403', async () => {
    const key = `videos/u_ada/v_check_${app.next.replaceAll('.', '_')}.mp4`
    const inFiveMinutes = Math.floor(Date.now() / 1000) + 300
    const url = await presignPut({ key, size: 1024, type: 'video/mp4', expires: inFiveMinutes })
    const put = (path: string, size = 1024, type = 'video/mp4') =>
      app.request(path, { method: 'PUT', headers: { 'content-type': type }, body: new Uint8Array(size) })

    const stored = await put(url)
    expect(stored.status).toBe(200)
    expect(stored.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/)

    const tampered = url.replace(/signature=(.)/, (_, first) => `signature=${first === 'a' ? 'b' : 'a'}`)
    for (const refused of [await put(tampered), await put(url, 4096), await put(url, 1024, 'text/html')]) {
      expect(refused.status).toBe(403)
      expect(await refused.text()).toContain('<Code>SignatureDoesNotMatch</Code>')
    }
    const expiredUrl = await presignPut({ key, size: 1024, type: 'video/mp4', expires: inFiveMinutes - 600 })
    const expired = await put(expiredUrl)
    expect(expired.status).toBe(403)
    expect(await expired.text()).toContain('<Message>Request has expired.</Message>')
  })

  it('large-file-upload: the browser signs, PUTs 3 MB straight to storage and records it; no action call carries the file', async () => {
    const context = await signedIn('session-ada')
    const page = await context.newPage()
    const problems = new PageProblems(page)
    const calls = actionCalls(page)
    const puts: Array<{ url: string; status: number }> = []
    page.on('response', (response) => {
      if (response.request().method() === 'PUT') puts.push({ url: response.url(), status: response.status() })
    })
    await page.goto(`${app.url()}/videos`)
    await page.getByLabel(/^Video/).setInputFiles({
      name: 'engine.mp4',
      mimeType: 'video/mp4',
      buffer: Buffer.alloc(3 * 1024 * 1024, 1),
    })
    await page.getByRole('button', { name: 'Upload' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toBe('engine.mp4 is uploaded.')
    const uploaded = page.getByRole('list', { name: 'Uploaded videos' }).getByRole('listitem')
    await expect.poll(() => uploaded.allTextContents()).toEqual(['engine.mp4 (3 MB)'])

    expect(puts).toEqual([
      {
        url: expect.stringMatching(/\/fake-storage\/videos\/u_ada\/v_\w+\.mp4\?expires=\d+&signature=/),
        status: 200,
      },
    ])
    // Two actions, sign and record: each request carries a few hundred bytes, never the video.
    expect(calls).toHaveLength(2)
    for (const call of calls) expect(call.postDataBuffer()?.length ?? 0).toBeLessThan(4096)
    expect(problems.found).toEqual([])
    await context.close()
  })

  it('delete-row-at-once: the row disappears without a reload, in the answer to the one action call', async () => {
    const context = await signedIn('session-ada')
    const page = await context.newPage()
    const problems = new PageProblems(page)
    await page.goto(`${app.url()}/tasks`)
    const rows = page.getByRole('list', { name: 'Tasks' }).getByRole('listitem')
    expect(await page.getByText('Answer Babbage’s letter').count()).toBe(1)
    // A reload would drop this mark; a client-side update keeps it.
    await page.evaluate(() => Object.assign(window, { keptAcrossTheDelete: true }))
    const requests: string[] = []
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname
      if (path === '/tasks') requests.push(request.method())
    })

    await page.getByRole('button', { name: 'Delete Answer Babbage’s letter' }).click()
    await expect.poll(() => page.getByText('Answer Babbage’s letter').count()).toBe(0)
    expect(await rows.count()).toBeGreaterThan(0)
    expect(await page.evaluate(() => 'keptAcrossTheDelete' in window)).toBe(true)
    // One POST to the page: the action's answer carried the new list, no second fetch, no reload.
    expect(requests).toEqual(['POST'])
    expect(problems.found).toEqual([])
    await context.close()
  })

  it('delete-row-at-once: without JavaScript, the same form deletes through a full page load', async () => {
    const context = await signedIn('session-ada', false)
    const page = await context.newPage()
    await page.goto(`${app.url()}/tasks`)
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      page.getByRole('button', { name: 'Delete Translate Menabrea’s notes' }).click(),
    ])
    await page.waitForLoadState()
    expect(response.status()).toBe(200)
    expect(await page.getByText('Translate Menabrea’s notes').count()).toBe(0)
    expect(await page.getByRole('list', { name: 'Tasks' }).getByRole('listitem').count()).toBeGreaterThan(0)
    await context.close()
  })

  it('shared-rule: the mobile route answers with the service’s own refusal', async () => {
    const response = await app.request('/api/projects/p_notes/archive', {
      method: 'POST',
      headers: { authorization: 'Bearer mobile-token-ada' },
    })
    expect(response.status).toBe(409)
    expect(await response.json()).toEqual({
      error: 'illegal_transition',
      message: 'A draft project cannot become archived.',
    })
  })
}
