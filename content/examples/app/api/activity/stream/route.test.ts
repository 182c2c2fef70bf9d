import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resetDb } from '@/lib/db'
import { buildRequest, readResponse } from '@/runtime/route-call'
import { setRequestCookies } from '@/runtime/recorder'
import { signedInAda } from '@/tests/requests'
import { maxStreamsPerUser } from '@/features/activity/activity-feed'
import { GET } from './route'

beforeEach(resetDb)

// Streams never end by themselves: every test aborts the ones it opened.
const open: AbortController[] = []
afterEach(() => open.splice(0).forEach((controller) => controller.abort()))

function connect(headers: Record<string, string> = {}, query = '') {
  const controller = new AbortController()
  open.push(controller)
  const request = buildRequest({ method: 'GET', url: `/api/activity/stream${query}`, headers })
  Object.defineProperty(request, 'signal', { value: controller.signal })
  return GET(request)
}

async function firstEventId(response: Response): Promise<string | undefined> {
  const reader = response.body!.getReader()
  let text = ''
  while (!/^id: /m.test(text)) text += new TextDecoder().decode((await reader.read()).value)
  return /^id: (\d+)$/m.exec(text)?.[1]
}

describe('GET /api/activity/stream', () => {
  it('streams server-sent events, never cached', async () => {
    setRequestCookies(signedInAda)
    const response = await connect()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await firstEventId(response)).toBe('1')
  })

  it('resumes after Last-Event-ID, which wins over ?after=', async () => {
    setRequestCookies(signedInAda)
    expect(await firstEventId(await connect({}, '?after=1'))).toBe('2')
    expect(await firstEventId(await connect({ 'last-event-id': '1' }, '?after=0'))).toBe('2')
  })

  it('answers 401 without a session and 400 for an id that is not a number', async () => {
    setRequestCookies({})
    expect((await readResponse(await connect())).status).toBe(401)
    setRequestCookies(signedInAda)
    const invalid = await readResponse(await connect({ 'last-event-id': 'abc' }))
    expect(invalid.status).toBe(400)
  })

  it('refuses one stream too many with 429 and accepts again once one is closed', async () => {
    setRequestCookies(signedInAda)
    for (let index = 0; index < maxStreamsPerUser; index += 1) expect((await connect()).status).toBe(200)
    const refused = await readResponse(await connect())
    expect(refused.status).toBe(429)
    expect(refused.headers).toContainEqual(['retry-after', '30'])
    open[0]!.abort()
    expect((await connect()).status).toBe(200)
  })
})
