import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetDb } from '@/lib/db'
import { openStreamsOf, recordActivity } from './activity-feed'
import { activityEventStream, streamTiming } from './event-stream'

beforeEach(resetDb)
afterEach(() => vi.useRealTimers())

const decoder = new TextDecoder()

/** Reads chunks until the text so far satisfies `done`; the stream stays open. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, done: (text: string) => boolean) {
  let text = ''
  while (!done(text)) {
    const { value, done: ended } = await reader.read()
    if (ended) throw new Error(`the stream ended after: ${text}`)
    text += decoder.decode(value)
  }
  return text
}

const ids = (text: string) => [...text.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]))

describe('activityEventStream', () => {
  it('sends the retry delay, the owner’s events after the last id, then each new event', async () => {
    const controller = new AbortController()
    const reader = activityEventStream('u_ada', 0, controller.signal).getReader()
    const first = await readUntil(reader, (text) => ids(text).length === 2)
    expect(first.startsWith(`retry: ${streamTiming.reconnectMs}\n\n`)).toBe(true)
    expect(ids(first)).toEqual([1, 2])
    expect(first).toContain(
      'data: {"id":1,"at":"2026-01-15T09:00:00.000Z","text":"Analytical Engine is now active"}',
    )

    recordActivity('u_grace', 'Not for Ada')
    const event = recordActivity('u_ada', 'Import imp_x is done')
    expect(ids(await readUntil(reader, (text) => text.includes('Import imp_x')))).toEqual([event.id])
    controller.abort()
  })

  it('resumes after the last id it is given', async () => {
    const controller = new AbortController()
    const reader = activityEventStream('u_ada', 1, controller.signal).getReader()
    expect(ids(await readUntil(reader, (text) => ids(text).length === 1))).toEqual([2])
    controller.abort()
  })

  it('leaves the channel when the reader aborts or cancels', async () => {
    const aborted = new AbortController()
    activityEventStream('u_ada', 0, aborted.signal)
    const cancelled = activityEventStream('u_ada', 0, new AbortController().signal)
    expect(openStreamsOf('u_ada')).toBe(2)
    aborted.abort()
    expect(openStreamsOf('u_ada')).toBe(1)
    await cancelled.cancel()
    expect(openStreamsOf('u_ada')).toBe(0)
  })

  it('sends a heartbeat comment while idle and ends itself when its lifetime is up', async () => {
    vi.useFakeTimers()
    const reader = activityEventStream('u_grace', 3, new AbortController().signal).getReader()
    await readUntil(reader, (text) => text.startsWith('retry:'))
    vi.advanceTimersByTime(streamTiming.heartbeatMs)
    expect(await readUntil(reader, (text) => text.length > 0)).toBe(': heartbeat\n\n')
    vi.advanceTimersByTime(streamTiming.lifetimeMs)
    let rest = ''
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      rest += decoder.decode(chunk.value)
    expect(rest).toMatch(/^(: heartbeat\n\n)+$/)
    expect(openStreamsOf('u_grace')).toBe(0)
  })
})
