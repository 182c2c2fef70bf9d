import { expect, it } from 'vitest'
import { exampleWorkerSecret } from '../../content/examples/features/imports/worker-auth'
import { exampleRealtimeSecret } from '../../content/examples/features/realtime/channel-token'
import { checkHandshake } from '../../content/examples/realtime-server/handshake'
import { runImportWorkerOnce } from '../../content/examples/worker/import-worker'
import { PageProblems } from '../harness/page-problems'
import type { ExampleAppContext } from './recipe-checks'

const ada = { cookie: 'session=session-ada' }
const grace = { cookie: 'session=session-grace' }
const decoder = new TextDecoder()

/** An open server-sent events response, read chunk by chunk as the server writes. */
async function openEventStream(app: ExampleAppContext, headers: Record<string, string>) {
  const controller = new AbortController()
  const response = await app.request('/api/activity/stream', { headers, signal: controller.signal })
  const reader = response.ok ? response.body!.getReader() : undefined
  let text = ''
  /** Reads until `done` holds for everything read so far; fails if the stream ends first. */
  const readUntil = async (done: (text: string) => boolean) => {
    while (!done(text)) {
      const chunk = await reader!.read()
      if (chunk.done) throw new Error(`the stream ended after: ${text}`)
      text += decoder.decode(chunk.value, { stream: true })
    }
    return text
  }
  return { response, readUntil, close: () => controller.abort() }
}

const eventIds = (text: string) => [...text.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]))

/** The recipes of content/recipes/outside-the-app.ts under `next start`. */
export function outsideTheAppChecks(app: ExampleAppContext): void {
  it('realtime-two-way: signs a one-minute token for the owner’s channel; 401 signed out', async () => {
    const response = await app.request('/api/realtime/token?channel=project:p_engine', { headers: ada })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const { token, url, expiresAt } = await response.json()
    const socket = `${url}/channels/project%3Ap_engine?token=${encodeURIComponent(token)}`
    expect(await checkHandshake(socket, exampleRealtimeSecret)).toMatchObject({
      accept: true,
      userId: 'u_ada',
    })
    const expired = await checkHandshake(socket, exampleRealtimeSecret, Date.parse(expiresAt))
    expect(expired).toEqual({ accept: false, status: 401, reason: 'The token has expired.' })
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(60_000)

    expect((await app.request('/api/realtime/token?channel=project:p_engine')).status).toBe(401)
    const foreign = await app.request('/api/realtime/token?channel=project:p_compiler', { headers: ada })
    expect(foreign.status).toBe(404)
  })

  it('live-updates-one-way: streams events as they are written and resumes after Last-Event-ID', async () => {
    const stream = await openEventStream(app, ada)
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(stream.response.headers.get('cache-control')).toBe('no-store')
    // Two events read while the response is still open: it is a stream, not a body sent at the end.
    const text = await stream.readUntil((read) => eventIds(read).length >= 2)
    expect(text).toMatch(/^retry: \d+\n\n/)
    expect(eventIds(text).slice(0, 2)).toEqual([1, 2])
    stream.close()

    const resumed = await openEventStream(app, { ...ada, 'last-event-id': '1' })
    expect(eventIds(await resumed.readUntil((read) => eventIds(read).length >= 1))[0]).toBe(2)
    resumed.close()
    expect((await app.request('/api/activity/stream')).status).toBe(401)
  })

  it('live-updates-one-way: a stream the reader aborts stops and frees its place', async () => {
    // Grace may hold five streams; the sixth is refused until one of them is closed.
    const streams = []
    for (let index = 0; index < 5; index += 1) {
      const stream = await openEventStream(app, grace)
      await stream.readUntil((read) => read.includes('retry:'))
      streams.push(stream)
    }
    const refused = await app.request('/api/activity/stream', { headers: grace })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('30')
    streams.shift()!.close()
    // The server notices the closed connection on its own time: ask until it has.
    await expect
      .poll(async () => {
        const next = await openEventStream(app, grace)
        if (next.response.ok) streams.push(next)
        else await next.response.body?.cancel()
        return next.response.status
      })
      .toBe(200)
    for (const stream of streams) stream.close()
  })

  it('long-running-job: the action enqueues at once, the status polls queued, the worker finishes it', async () => {
    const context = await app.browser().newContext()
    await context.addCookies([{ name: 'session', value: 'session-ada', url: app.url() }])
    const activity = await context.newPage()
    const imports = await context.newPage()
    const problems = [new PageProblems(activity), new PageProblems(imports)]
    await activity.goto(`${app.url()}/activity`)
    await expect.poll(() => activity.getByRole('status').textContent()).toBe('Live')

    await imports.goto(`${app.url()}/imports`)
    await imports.getByLabel(/Rows/).fill('Ada,ada@example.com\nnot a row\nGrace,grace@example.com')
    const pressed = Date.now()
    await imports.getByRole('button', { name: 'Start the import' }).click()
    const note = imports.getByRole('note')
    await expect.poll(() => note.textContent()).toMatch(/^Import imp_\w+ is queued\.$/)
    expect(Date.now() - pressed).toBeLessThan(5_000)
    const jobId = (await note.getAttribute('data-job-id'))!
    await expect.poll(() => imports.getByRole('status').textContent()).toBe('Queued: 0 rows imported')
    const status = await app.request(`/api/imports/${jobId}`, { headers: ada })
    expect(status.headers.get('cache-control')).toBe('no-store')
    expect(await status.json()).toMatchObject({ id: jobId, status: 'queued', retryAfterSeconds: 2 })
    // The other tab hears of it over server-sent events, with no reload.
    await expect.poll(() => activity.getByText(`Import ${jobId} is queued: 3 rows`).count()).toBe(1)

    // The worker runs outside the app (here, in the test's process) and talks to it over HTTP.
    const worker = { appUrl: app.url(), secret: exampleWorkerSecret }
    await expect(runImportWorkerOnce({ ...worker, secret: 'guess' })).rejects.toThrow('401')
    expect(await runImportWorkerOnce(worker)).toEqual({ jobId, processed: 2 })
    expect(await runImportWorkerOnce(worker)).toBeNull()
    const done = await (await app.request(`/api/imports/${jobId}`, { headers: ada })).json()
    expect(done).toEqual({ id: jobId, status: 'done', processed: 2, retryAfterSeconds: null })
    await expect.poll(() => imports.getByRole('status').textContent()).toBe('Done: 2 rows imported')
    await expect.poll(() => activity.getByText(`Import ${jobId} is done: 2 rows`).count()).toBe(1)
    expect(problems.flatMap((page) => page.found)).toEqual([])
    await context.close()
  })

  it('static-export-form: the form shows what the form service answers, from the browser', async () => {
    const context = await app.browser().newContext()
    const page = await context.newPage()
    const problems = new PageProblems(page)
    await page.goto(`${app.url()}/newsletter`)
    // Inside the form: Next.js adds a route announcer with role alert of its own.
    const form = page.getByRole('form', { name: 'Newsletter' })
    const email = form.getByLabel('Email')
    // The browser accepts this address; the service does not, and its message reaches the reader.
    await email.fill('ada@localhost')
    await form.getByRole('button', { name: 'Subscribe' }).click()
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toBe('Enter an email address like name@example.com')
    await email.fill('ada@example.com')
    await form.getByRole('button', { name: 'Subscribe' }).click()
    await expect
      .poll(() => form.getByRole('status').textContent())
      .toBe('Thanks! Check your inbox to confirm your subscription.')
    expect(await email.inputValue()).toBe('')
    // The one error response is the 422 this test asked for.
    expect(problems.found.filter((problem) => !problem.includes('/fake-form-host/newsletter'))).toEqual([])
    expect(problems.found.some((problem) => problem.startsWith('HTTP 422'))).toBe(true)
    await context.close()
  })

  it('static-export-form: the stand-in service answers like a hosted one: CORS, 422, 429, 404', async () => {
    const preflight = await app.request('/fake-form-host/newsletter', {
      method: 'OPTIONS',
      headers: { origin: 'https://www.example.com', 'access-control-request-method': 'POST' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    const from = { accept: 'application/json', 'x-forwarded-for': '203.0.113.9' }
    const post = (body: FormData, form = 'newsletter') =>
      app.request(`/fake-form-host/${form}`, { method: 'POST', headers: from, body })
    const fields = (email: string) => {
      const body = new FormData()
      body.append('email', email)
      return body
    }
    const invalid = await post(fields('not an address'))
    expect(invalid.status).toBe(422)
    expect(await invalid.json()).toMatchObject({ ok: false, errors: [{ field: 'email' }] })
    for (let index = 1; index < 5; index += 1)
      expect((await post(fields(`reader${index}@example.com`))).status).toBe(200)
    const limited = await post(fields('one-more@example.com'))
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('600')
    expect((await post(fields('ada@example.com'), 'contact')).status).toBe(404)
  })
}
