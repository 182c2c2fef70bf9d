import { describe, expect, it } from 'vitest'
import { nearViewport } from './near-viewport'

describe('nearViewport', () => {
  const height = 800
  it('holds for a box in view, partly in view, or within one screen above or below', () => {
    expect(nearViewport({ top: 100, bottom: 300 }, height)).toBe(true)
    expect(nearViewport({ top: -150, bottom: 50 }, height)).toBe(true)
    expect(nearViewport({ top: 1500, bottom: 1700 }, height)).toBe(true)
    expect(nearViewport({ top: 1600, bottom: 1800 }, height)).toBe(true)
    expect(nearViewport({ top: -1000, bottom: -800 }, height)).toBe(true)
  })

  it('fails for a box further away than that', () => {
    expect(nearViewport({ top: 1601, bottom: 1800 }, height)).toBe(false)
    expect(nearViewport({ top: -1000, bottom: -801 }, height)).toBe(false)
  })

  it('widens or narrows the band with the number of screens', () => {
    expect(nearViewport({ top: 2000, bottom: 2100 }, height, 2)).toBe(true)
    expect(nearViewport({ top: 900, bottom: 1000 }, height, 0)).toBe(false)
    expect(nearViewport({ top: 700, bottom: 1000 }, height, 0)).toBe(true)
  })
})
