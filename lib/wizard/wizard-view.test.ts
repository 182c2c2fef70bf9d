import { describe, expect, it } from 'vitest'
import { decisionGraph } from '../graph/decision-graph'
import { wizardView } from './wizard-view'

describe('wizardView', () => {
  it('shows the first question with progress, answer links and every possible outcome', () => {
    const view = wizardView(decisionGraph, [])
    expect(view.kind).toBe('step')
    if (view.kind !== 'step') return
    expect(view.href).toBe('/decide/')
    expect(view.questionNumber).toBe(1)
    expect(view.questionsAtMost).toBe(4)
    expect(view.answers.map((answer) => answer.href)).toEqual([
      '/decide/app-router/',
      '/decide/pages-router/',
    ])
    const outcomeCount = Object.values(decisionGraph.nodes).filter((node) => node.kind === 'outcome').length
    expect(view.allOutcomes).toHaveLength(outcomeCount)
  })

  it('links each answer in the trail back to the step where it was asked', () => {
    const view = wizardView(decisionGraph, ['app-router', 'another-system-calls-us'])
    expect(view.trail.map((entry) => entry.changeHref)).toEqual([
      '/decide/#answer-app-router',
      '/decide/app-router/#answer-another-system-calls-us',
    ])
    if (view.kind !== 'step') throw new Error('expected a step')
    expect(view.questionNumber).toBe(3)
    expect(view.questionsAtMost).toBe(4)
    expect(view.allOutcomes).toEqual([])
    expect(view.pathNodeIds).toEqual(['router', 'app-trigger', 'app-caller'])
  })

  it('shows a result with the boundaries, files and the nodes on the path', () => {
    const view = wizardView(decisionGraph, ['app-router', 'our-interface-changes-data', 'other-callers-too'])
    if (view.kind !== 'result') throw new Error('expected a result')
    expect(view.outcome.boundaries.map((boundary) => boundary.id)).toEqual([
      'service',
      'server-action',
      'route-handler',
    ])
    expect(view.pathNodeIds).toEqual([
      'router',
      'app-trigger',
      'app-ui-shared-rule',
      'service-with-action-and-route-handler',
    ])
    expect(view.outcome.fileTree.map((node) => node.name)).toEqual(['app', 'features'])
  })

  it('goes back one step with the answer given there marked, and not back from the first question', () => {
    const first = wizardView(decisionGraph, [])
    expect(first.backHref).toBeNull()
    const second = wizardView(decisionGraph, ['app-router'])
    expect(second.backHref).toBe('/decide/#answer-app-router')
    const result = wizardView(decisionGraph, ['app-router', 'page-needs-data'])
    expect(result.backHref).toBe('/decide/app-router/#answer-page-needs-data')
  })

  it('gives each answer its slug, so the page can mark the one given before', () => {
    const view = wizardView(decisionGraph, ['app-router'])
    if (view.kind !== 'step') throw new Error('expected a step')
    for (const answer of view.answers) expect(answer.href).toBe(`/decide/app-router/${answer.slug}/`)
  })

  it('refuses a path that has no page', () => {
    expect(() => wizardView(decisionGraph, ['nope'])).toThrow('No wizard page for /decide/nope/')
  })
})
