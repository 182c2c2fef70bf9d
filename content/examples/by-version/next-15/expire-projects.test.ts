import { beforeEach, describe, expect, it } from 'vitest'
import { takeCalls } from '@/runtime/recorder'
import { expireProjects } from './expire-projects'

// Type-checked against Next.js 15 only (the other version's config leaves this folder out); run
// against the recording stand-in of next/cache.
describe('expireProjects on Next.js 15', () => {
  beforeEach(() => void takeCalls())

  it('passes the tag alone, which expires it at once', () => {
    expireProjects()
    expect(takeCalls()).toEqual([{ api: 'revalidateTag', args: ['projects'] }])
  })
})
