import { describe, expect, it } from 'vitest'
import { decisionGraph } from './decision-graph'
import type { Outcome } from './graph-schema'
import { scaffoldFiles } from './outcome-scaffold'

const outcomes = Object.entries(decisionGraph.nodes).flatMap(([id, node]) =>
  node.kind === 'outcome' ? [[id, node as Outcome] as const] : [],
)

/** What one list has that the other lacks, or null when they hold the same files. */
function difference(listed: readonly string[], shown: readonly string[]): string | null {
  const notShown = listed.filter((file) => !shown.includes(file))
  const notListed = shown.filter((file) => !listed.includes(file))
  if (notShown.length === 0 && notListed.length === 0) return null
  return [
    ...notShown.map((file) => `"Files to create" lists ${file}, which the code does not show`),
    ...notListed.map((file) => `the code shows ${file}, which "Files to create" does not list`),
  ].join('; ')
}

// "Files to create" names exactly the files the result page shows, and the scaffold starts from
// nothing the page does not list (issue 17).
describe('each outcome’s files', () => {
  it('checks every outcome', () => {
    expect(outcomes.map(([id]) => id)).toContain('external-job')
    expect(outcomes.length).toBeGreaterThanOrEqual(22)
  })

  it.each(outcomes)('%s lists exactly the example files it shows', (id, outcome) => {
    const listed = outcome.files.map((file) => file.path)
    // An object, so a failure prints the whole difference rather than its first 40 characters.
    expect({ outcome: id, difference: difference(listed, outcome.examples) }).toEqual({
      outcome: id,
      difference: null,
    })
    expect(new Set(listed).size, `${id} lists a file twice`).toBe(listed.length)
  })

  it.each(outcomes)('%s starts its scaffold from files it lists', (id, outcome) => {
    const listed = outcome.files.map((file) => file.path)
    const unlisted = scaffoldFiles(outcome).filter((file) => !listed.includes(file))
    expect(unlisted, `${id}: the scaffold starts from files "Files to create" does not list`).toEqual([])
  })

  it('names the difference', () => {
    expect(difference(['a.ts', 'b.ts'], ['b.ts', 'c.ts'])).toBe(
      '"Files to create" lists a.ts, which the code does not show; ' +
        'the code shows c.ts, which "Files to create" does not list',
    )
    expect(difference(['a.ts', 'b.ts'], ['b.ts', 'a.ts'])).toBeNull()
  })
})
