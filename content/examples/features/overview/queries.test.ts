import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db, resetDb } from '@/lib/db'
import {
  billingStatusOf,
  projectCountsOf,
  readLatencyMs,
  recentlyUpdatedProjectsOf,
  runningImportsOf,
} from './queries'

beforeEach(() => {
  resetDb()
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

/** The value of a read once its stand-in round trip is over. */
async function settle<T>(read: Promise<T>): Promise<T> {
  await vi.runAllTimersAsync()
  return read
}

describe('overview reads', () => {
  it('each take the time of a round trip', async () => {
    let done = false
    void billingStatusOf('u_ada').then(() => (done = true))
    await vi.advanceTimersByTimeAsync(readLatencyMs.billing - 1)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done).toBe(true)
  })

  it('count only the owner’s projects, by status', async () => {
    expect(await settle(projectCountsOf('u_grace'))).toEqual({ draft: 0, active: 1, archived: 1 })
  })

  it('read the subscription and the imports still running', async () => {
    expect(await settle(billingStatusOf('u_ada'))).toBe('active')
    expect(await settle(billingStatusOf('u_nobody'))).toBe('none')
    db().imports.push({ id: 'imp_2', ownerId: 'u_ada', status: 'done', processed: 100 })
    expect((await settle(runningImportsOf('u_ada'))).map((job) => job.id)).toEqual(['imp_1'])
  })

  it('list the owner’s most recently updated projects first, five at most', async () => {
    const notes = db().projects.find((project) => project.id === 'p_notes')!
    notes.updatedAt = '2026-02-01T10:00:00.000Z'
    for (let index = 0; index < 5; index += 1)
      db().projects.push({
        id: `p_old_${index}`,
        ownerId: 'u_ada',
        name: `Old ${index}`,
        status: 'archived',
        updatedAt: '2025-01-01T00:00:00.000Z',
      })
    const recent = await settle(recentlyUpdatedProjectsOf('u_ada'))
    expect(recent.map((project) => project.id)).toEqual([
      'p_notes',
      'p_engine',
      'p_old_0',
      'p_old_1',
      'p_old_2',
    ])
  })
})
