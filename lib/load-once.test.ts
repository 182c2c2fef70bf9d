import { describe, expect, it, vi } from 'vitest'
import { loadOnce } from './load-once'

describe('loadOnce', () => {
  it('starts one load however often it is asked for, and keeps what it loaded', async () => {
    const start = vi.fn(() => Promise.resolve('console'))
    const loader = loadOnce(start)
    expect(start).not.toHaveBeenCalled()
    expect(loader.current()).toBeUndefined()

    const first = loader.load()
    const second = loader.load()
    expect(second).toBe(first)
    expect(loader.current()).toBeUndefined()
    expect(await first).toBe('console')
    expect(loader.current()).toBe('console')
    expect(await loader.load()).toBe('console')
    expect(start).toHaveBeenCalledTimes(1)
  })

  it('keeps a loaded value that is itself falsy or a function', async () => {
    const component = () => null
    const loader = loadOnce(() => Promise.resolve(component))
    await loader.load()
    expect(loader.current()).toBe(component)
    const zero = loadOnce(() => Promise.resolve(0))
    await zero.load()
    expect(zero.current()).toBe(0)
  })

  it('forgets a failed load, so the next call tries again', async () => {
    const start = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('Loading chunk 3034 failed.'))
      .mockResolvedValueOnce('console')
    const loader = loadOnce(start)
    await expect(loader.load()).rejects.toThrow('Loading chunk 3034 failed.')
    expect(loader.current()).toBeUndefined()
    expect(await loader.load()).toBe('console')
    expect(loader.current()).toBe('console')
    expect(start).toHaveBeenCalledTimes(2)
  })
})
