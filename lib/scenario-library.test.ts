import { describe, expect, it } from 'vitest'
import { scenarios } from '../content/scenarios'
import { decisionGraph } from './decision-graph'
import { loadScenarios, ScenarioError, scenarioLibrary } from './scenario-library'

// The fixed table from the wizard issue: what each scenario's answer must and must not include.
const expectations: Record<string, { include: string[]; exclude: string[] }> = {
  'dashboard-page-with-user-data': {
    include: ['server-component'],
    exclude: ['route-handler', 'server-action'],
  },
  'settings-form': { include: ['server-action'], exclude: ['route-handler'] },
  'admin-table-delete': { include: ['server-action'], exclude: ['route-handler'] },
  'stripe-webhook': { include: ['route-handler'], exclude: ['server-action'] },
  'mobile-app-endpoint': { include: ['route-handler'], exclude: ['server-action'] },
  'csv-export': { include: ['route-handler'], exclude: ['server-action'] },
  'rss-feed': { include: ['route-handler'], exclude: ['server-action'] },
  'browser-extension-update': { include: ['route-handler'], exclude: ['server-action'] },
  'server-component-data': { include: ['server-component'], exclude: ['route-handler'] },
  'shared-business-logic': { include: ['service'], exclude: [] },
  'contact-form': { include: ['server-action'], exclude: ['route-handler'] },
  'archive-project': { include: ['server-action'], exclude: ['route-handler'] },
  'archive-project-with-mobile-app': { include: ['service', 'server-action', 'route-handler'], exclude: [] },
  'search-suggestions': { include: ['route-handler'], exclude: [] },
  'infinite-scroll': { include: ['route-handler'], exclude: [] },
  'polling-status': { include: ['route-handler'], exclude: [] },
  'pages-router-endpoint': { include: ['api-route'], exclude: ['route-handler', 'server-action'] },
  'pages-router-stripe-webhook': { include: ['api-route'], exclude: ['route-handler'] },
}

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
