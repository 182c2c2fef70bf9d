import { beforeEach, describe, expect, it } from 'vitest'
import { plannedAnswer } from '@/features/assistant/fake-model'
import { db, resetDb } from '@/lib/db'
import { exampleOrigin, readResponse } from '@/runtime/route-call'
import { setRequestCookies } from '@/runtime/recorder'
import { signedInAda } from '@/tests/requests'
import { POST } from './route'

beforeEach(() => {
  resetDb()
  setRequestCookies(signedInAda)
})

const question = 'How do streams end?'
const json = { 'content-type': 'application/json', origin: exampleOrigin }
const evil = 'https://evil.example'

type Sent = { signal?: AbortSignal; headers?: Record<string, string> }

function ask(body: string, { signal, headers = json }: Sent = {}) {
  const url = `${exampleOrigin}/api/assistant`
  return POST(new Request(url, { method: 'POST', headers, body, signal }))
}
const askQuestion = (signal?: AbortSignal) => ask(JSON.stringify({ question }), { signal })
const decoder = new TextDecoder()
const saved = () => db().answers.at(-1)

describe('POST /api/assistant', () => {
  it('sends the answer word by word, never cached, saving it as it goes', async () => {
    const response = await askQuestion()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const reader = response.body!.getReader()
    const first = await reader.read()
    // The first word is out while the rest is still to be written.
    expect(decoder.decode(first.value)).toBe('You ')
    expect(saved()).toMatchObject({ ownerId: 'u_ada', question, text: 'You ', status: 'writing' })
    let text = 'You '
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += decoder.decode(chunk.value)
    }
    expect(text).toBe(plannedAnswer(question).join(''))
    expect(saved()).toMatchObject({ text, status: 'complete' })
  })

  it('stops the model when the request aborts, keeping what was sent, marked stopped', async () => {
    const stop = new AbortController()
    const reader = (await askQuestion(stop.signal)).body!.getReader()
    await reader.read()
    stop.abort()
    await expect(reader.read()).rejects.toThrow()
    expect(saved()).toMatchObject({ text: 'You ', status: 'stopped' })
  })

  it('stops when the reader cancels the body, and saves no word it never sent', async () => {
    const reader = (await askQuestion()).body!.getReader()
    await reader.read()
    await reader.cancel()
    expect(saved()).toMatchObject({ text: 'You ', status: 'stopped' })
  })

  it('writes one answer at a time per person: 429 while one is being written', async () => {
    const stop = new AbortController()
    const reader = (await askQuestion(stop.signal)).body!.getReader()
    await reader.read()
    const second = await readResponse(await askQuestion())
    expect(second.status).toBe(429)
    expect(JSON.parse(second.body).message).toBe('An answer is still being written. Stop it first.')
    stop.abort()
    await reader.read().catch(() => undefined)
    expect((await askQuestion()).status).toBe(200)
  })

  it('refuses other sites, anonymous callers and bad questions before the model runs', async () => {
    const refusals: Array<[Promise<Response>, number, string]> = [
      [ask('{}', { headers: { ...json, origin: evil } }), 403, 'cross_site_request'],
      [ask('question=hi', { headers: { origin: exampleOrigin } }), 415, 'unsupported_media_type'],
      [ask('{"question":'), 400, 'invalid_json'],
      [ask('{"question":"   "}'), 422, 'invalid_body'],
    ]
    for (const [sent, status, error] of refusals) {
      const response = await readResponse(await sent)
      expect(response.status, error).toBe(status)
      expect(JSON.parse(response.body).error).toBe(error)
    }
    setRequestCookies({})
    const anonymous = await readResponse(await askQuestion())
    expect(anonymous.status).toBe(401)
    expect(JSON.parse(anonymous.body).message).toBe('Sign in to ask the assistant.')
    expect(db().answers).toEqual([])
  })
})
