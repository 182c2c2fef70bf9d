import { describe, expect, it } from 'vitest'
import { medianOfRuns, type LighthouseRun } from './lighthouse-median'

const run = (performance: number, lcpMs: number): LighthouseRun => ({
  categories: {
    performance: { score: performance },
    accessibility: { score: 1 },
    'best-practices': { score: 0.96 },
    seo: { score: null },
  },
  audits: { 'largest-contentful-paint': { numericValue: lcpMs } },
})

describe('medianOfRuns', () => {
  it('takes each figure’s own median, so one outlying run moves none of them', () => {
    // The run with the median performance score (0.98) has the outlying LCP.
    const runs = [run(1, 2003), run(0.93, 2669), run(0.98, 1335), run(0.99, 1974), run(0.96, 2054)]
    expect(medianOfRuns('http://x/', runs)).toEqual({
      url: 'http://x/',
      performance: 98,
      accessibility: 100,
      bestPractices: 96,
      seo: 0,
      lcpMs: 2003,
    })
  })

  it('rounds a median that falls between two runs', () => {
    const result = medianOfRuns('http://x/', [run(0.97, 1000.4), run(0.98, 1001)])
    expect(result.performance).toBe(98)
    expect(result.lcpMs).toBe(1001)
  })
})
