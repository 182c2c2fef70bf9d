import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { claimRun, dailyRunKey, releaseRun } from './scheduled-runs'

beforeEach(resetDb)

const night = new Date('2026-12-01T03:00:00.000Z')

describe('scheduled runs', () => {
  it('keys a daily run by the job and the UTC day', () => {
    expect(dailyRunKey('daily-digest', night)).toBe('daily-digest:2026-12-01')
    expect(dailyRunKey('daily-digest', new Date('2026-12-01T23:59:59.999Z'))).toBe('daily-digest:2026-12-01')
    expect(dailyRunKey('daily-digest', new Date('2026-12-02T00:00:00.000Z'))).toBe('daily-digest:2026-12-02')
  })

  it('lets one run of a period claim the key, and refuses the next', () => {
    expect(claimRun('daily-digest:2026-12-01', night)).toBe(true)
    expect(claimRun('daily-digest:2026-12-01', night)).toBe(false)
    expect(claimRun('daily-digest:2026-12-02', night)).toBe(true)
    expect(db().scheduledRuns).toEqual([
      { key: 'daily-digest:2026-12-01', startedAt: night.toISOString() },
      { key: 'daily-digest:2026-12-02', startedAt: night.toISOString() },
    ])
  })

  it('gives a released key back for the retry of a failed run', () => {
    claimRun('daily-digest:2026-12-01', night)
    releaseRun('daily-digest:2026-12-01')
    expect(claimRun('daily-digest:2026-12-01', night)).toBe(true)
  })
})
