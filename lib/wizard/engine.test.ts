import { describe, expect, it } from 'vitest'
import { decisionGraph } from '../graph/decision-graph'
import { questionsLeftAtMost, resolve } from './engine'
import { allAnswerPaths } from '../graph/graph-paths'

describe('resolve', () => {
  it('asks the first question for an empty path', () => {
    const resolution = resolve(decisionGraph, [])
    expect(resolution.kind).toBe('step')
    if (resolution.kind !== 'step') return
    expect(resolution.questionId).toBe(decisionGraph.start)
    expect(resolution.trail).toEqual([])
    expect(resolution.remainingAtMost).toBe(4)
  })

  it('returns the next question with the trail of answers and reasons so far', () => {
    const resolution = resolve(decisionGraph, ['app-router', 'another-system-calls-us'])
    expect(resolution.kind).toBe('step')
    if (resolution.kind !== 'step') return
    expect(resolution.questionId).toBe('app-caller')
    expect(resolution.trail.map((step) => [step.questionId, step.answer.slug, step.askedAt])).toEqual([
      ['router', 'app-router', []],
      ['app-trigger', 'another-system-calls-us', ['app-router']],
    ])
    expect(resolution.trail[0]!.answer.reason).toMatch(/four boundaries/)
    expect(resolution.remainingAtMost).toBe(2)
  })

  it('returns the outcome at the end of a path', () => {
    const resolution = resolve(decisionGraph, [
      'app-router',
      'our-interface-changes-data',
      'other-callers-too',
    ])
    expect(resolution.kind).toBe('result')
    if (resolution.kind !== 'result') return
    expect(resolution.outcomeId).toBe('service-with-action-and-route-handler')
    expect(resolution.outcome.boundaries).toEqual(['service', 'server-action', 'route-handler'])
    expect(resolution.trail).toHaveLength(3)
  })

  it('names the bad segment and the longest valid prefix of a broken path', () => {
    expect(resolve(decisionGraph, ['app-router', 'nonsense', 'more'])).toMatchObject({
      kind: 'invalid',
      validPrefix: ['app-router'],
      badSegment: 'nonsense',
    })
    expect(resolve(decisionGraph, ['app-router', 'page-needs-data', 'extra'])).toMatchObject({
      kind: 'invalid',
      validPrefix: ['app-router', 'page-needs-data'],
      badSegment: 'extra',
      problem: 'The wizard had already reached its answer, and this is not one of its recipes.',
    })
  })

  it('reaches every outcome in the graph, by no more than five questions', () => {
    const outcomes = new Set<string>()
    for (const path of allAnswerPaths(decisionGraph)) {
      const resolution = resolve(decisionGraph, path)
      expect(resolution.kind).not.toBe('invalid')
      expect(path.length).toBeLessThanOrEqual(5)
      if (resolution.kind === 'result') outcomes.add(resolution.outcomeId)
    }
    const allOutcomes = Object.entries(decisionGraph.nodes).filter(([, node]) => node.kind === 'outcome')
    expect([...outcomes].sort()).toEqual(allOutcomes.map(([id]) => id).sort())
  })

  it('counts the questions left, this one included', () => {
    expect(questionsLeftAtMost(decisionGraph, 'app-caller')).toBe(2)
    expect(questionsLeftAtMost(decisionGraph, 'server-component-read')).toBe(0)
  })
})
