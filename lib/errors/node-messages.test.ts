import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { messagePattern } from '../messages/message-template'
import { currentExampleAppDir } from '../../scripts/test/example-app-install'
import { findErrorEntry } from './error-library'

// The Node.js texts the error pages quote, triggered here the way readers trigger them, with the
// Node.js that runs the site's tests and builds. Node's errors print as `TypeError: message`.
const printed = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error)

function quoted(slug: string, source: string): string[] {
  const entry = findErrorEntry(slug)
  if (!entry) throw new Error(`No error page "${slug}"`)
  return entry.messages.filter((message) => message.source === source).map((message) => message.text)
}

/** A port that nothing listens on: one the system just gave out and took back. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

describe('Node.js messages the error pages quote', () => {
  it('fetch of a relative /api address on the server: Failed to parse URL', async () => {
    const [parse] = quoted('fetch-own-api-at-build', 'node')
    const error = await rejection(fetch('/api/products'))
    expect(printed(error)).toMatch(messagePattern(parse!))
  })

  it('fetch of our own server while nothing listens: fetch failed, caused by ECONNREFUSED', async () => {
    const [, failed, refused] = quoted('fetch-own-api-at-build', 'node')
    const port = await closedPort()
    const error = await rejection(fetch(`http://127.0.0.1:${port}/api/products`))
    expect(printed(error)).toBe(failed)
    expect(printed((error as Error).cause)).toMatch(messagePattern(refused!))
    expect(printed((error as Error).cause)).toBe(`Error: connect ECONNREFUSED 127.0.0.1:${port}`)
  })

  it('a request body read twice: Body is unusable', async () => {
    const [unusable] = quoted('body-is-unusable', 'node')
    const request = new Request('http://localhost/api/webhooks', { method: 'POST', body: '{"id":1}' })
    await request.json()
    expect(printed(await rejection(request.text()))).toBe(unusable)
    // The fix the page gives: a clone taken before the first read can still be read.
    const again = new Request('http://localhost/api/webhooks', { method: 'POST', body: '{"id":1}' })
    const copy = again.clone()
    await again.json()
    expect(await copy.text()).toBe('{"id":1}')
  })

  it('cookies() used without await on Next.js 16, which returns a Promise: .get is not a function', () => {
    const [notAFunction] = quoted('cookies-headers-without-await', 'node')
    const cookies = () => Promise.resolve(new Map<string, string>())
    let error: unknown
    try {
      // @ts-expect-error: the mistake the page is about
      cookies().get('session')
    } catch (caught) {
      error = caught
    }
    expect(printed(error)).toBe('TypeError: cookies(...).get is not a function')
    expect((error as Error).message).toMatch(messagePattern(notAFunction!))
  })

  it.each([
    ['15', join(import.meta.dirname, '../../node_modules/next/dist')],
    ['16', join(currentExampleAppDir, 'node_modules/next/dist')],
  ])('redirect() of Next.js %s inside try/catch: the caught error says NEXT_REDIRECT', (_major, dist) => {
    const [message] = quoted('redirect-caught-by-try-catch', 'next')
    const { redirect } = createRequire(import.meta.url)(join(dist, 'client/components/redirect.js')) as {
      redirect: (path: string) => never
    }
    let caught: unknown
    try {
      redirect('/invitations/inv_1')
    } catch (error) {
      caught = error
    }
    expect((caught as Error).message).toBe(message)
  })
})
