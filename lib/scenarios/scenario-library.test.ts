import { describe, expect, it } from 'vitest'
import { scenarios } from '../../content/scenarios'
import { scenarioExpectations as expectations } from '../../tests/support/scenario-expectations'
import { decisionGraph } from '../graph/decision-graph'
import { loadScenarios, ScenarioError, scenarioLibrary } from './scenario-library'

describe('scenario library', () => {
  it('holds exactly the fixed scenario slugs', () => {
    expect(scenarioLibrary.map((scenario) => scenario.slug).sort()).toEqual(Object.keys(expectations).sort())
  })

  it.each(Object.entries(expectations))(
    '%s resolves to the expected boundaries',
    (slug, { include, exclude }) => {
      const scenario = scenarioLibrary.find((candidate) => candidate.slug === slug)!
      for (const boundary of include) expect(scenario.outcome.boundaries).toContain(boundary)
      for (const boundary of exclude) expect(scenario.outcome.boundaries).not.toContain(boundary)
      expect(scenario.trail).toHaveLength(scenario.answers.length)
    },
  )

  it('fails, naming the scenario, when its path no longer resolves', () => {
    const broken = [
      ...scenarios,
      { slug: 'lost', title: 'Lost', description: 'Gone.', answers: ['app-router', 'gone'] },
    ]
    expect(() => loadScenarios(broken, decisionGraph)).toThrow(ScenarioError)
    expect(() => loadScenarios(broken, decisionGraph)).toThrow(
      'Scenario "lost" no longer resolves to an outcome: the answer "gone" is not valid after /app-router',
    )
    const unfinished = [{ slug: 'half', title: 'Half', description: 'Half way.', answers: ['app-router'] }]
    expect(() => loadScenarios(unfinished, decisionGraph)).toThrow('it stops at the question "app-trigger"')
  })

  it('rejects a duplicate slug', () => {
    expect(() => loadScenarios([scenarios[0], scenarios[0]], decisionGraph)).toThrow('is listed twice')
  })
})
