import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { sampleImport, startSampleImport } from './import-worker'

beforeEach(() => {
  resetDb()
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

const stored = (id: string) => db().imports.find((job) => job.id === id)

describe('startSampleImport', () => {
  it('stores a queued job for the owner, then works through the rows in the background', () => {
    const job = startSampleImport('u_ada')
    expect(stored(job.id)).toEqual({ id: job.id, ownerId: 'u_ada', status: 'queued', processed: 0 })
    vi.advanceTimersByTime(sampleImport.stepMs)
    expect(stored(job.id)).toMatchObject({ status: 'running', processed: 5 })
    vi.advanceTimersByTime(sampleImport.stepMs * 18)
    expect(stored(job.id)).toMatchObject({ status: 'running', processed: 95 })
    vi.advanceTimersByTime(sampleImport.stepMs)
    expect(stored(job.id)).toMatchObject({ status: 'done', processed: 100 })
    expect(vi.getTimerCount()).toBe(0)
  })

  it('stops when the store is reset under it', () => {
    startSampleImport('u_ada')
    resetDb()
    vi.advanceTimersByTime(sampleImport.stepMs)
    expect(vi.getTimerCount()).toBe(0)
    expect(db().imports.map((job) => job.id)).toEqual(['imp_1'])
  })
})
