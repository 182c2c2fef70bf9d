import { describe, expect, it } from 'vitest'
import { malformedWizardPaths } from '../../tests/support/malformed-paths'
import { decisionGraph } from '../graph/decision-graph'
import { resolve } from './engine'
import { allAnswerPaths, slugTree } from '../graph/graph-paths'
import { wizardPathHint } from './wizard-path-hint'
import { decodeWizardPath, wizardHref } from './wizard-url'

const validHrefs = new Set(allAnswerPaths(decisionGraph).map(wizardHref))
const isValid = (path: string) => validHrefs.has(path)

describe('1000 malformed wizard paths (fixed seed)', () => {
  const paths = malformedWizardPaths(1000, 20261129, isValid)
  const tree = slugTree(decisionGraph)

  it('never throw, never resolve, and always point back to a page that exists', () => {
    for (const path of paths) {
      const decoded = decodeWizardPath(path)
      const resolution = resolve(decisionGraph, decoded.answers)
      expect(decoded.ok && resolution.kind !== 'invalid', path).toBe(false)
      const hint = wizardPathHint(path, tree)!
      expect(hint, path).not.toBeNull()
      expect(validHrefs.has(hint.resumeHref), `${path} → ${hint.resumeHref}`).toBe(true)
      expect(path.startsWith(hint.resumeHref) || hint.resumeHref === '/decide/', path).toBe(true)
    }
  })

  it('are all different kinds of wrong', () => {
    expect(new Set(paths).size).toBeGreaterThan(800)
    expect(paths.some((path) => path.includes('%3Cscript'))).toBe(true)
    expect(paths.some((path) => path.length > 1000)).toBe(true)
  })
})
