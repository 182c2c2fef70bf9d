import { describe, expect, it } from 'vitest'
import { plannedAnswer, streamAnswer } from './fake-model'

describe('the fake model', () => {
  it('writes its answer word by word, starting from the question', async () => {
    const words: string[] = []
    for await (const word of streamAnswer('what is a stream', {
      signal: new AbortController().signal,
      delayMs: 1,
    }))
      words.push(word)
    expect(words).toEqual(plannedAnswer('what is a stream'))
    expect(words.join('')).toMatch(/^You asked: “what is a stream”\. Here is a short answer/)
  })

  it('stops writing once its signal aborts', async () => {
    const stop = new AbortController()
    const words = streamAnswer('stop me', { signal: stop.signal, delayMs: 1 })
    expect((await words.next()).value).toBe('You ')
    stop.abort(new Error('Stop pressed'))
    await expect(words.next()).rejects.toThrow('Stop pressed')
    expect(await words.next()).toEqual({ done: true, value: undefined })
  })
})
