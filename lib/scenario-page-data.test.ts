import { describe, expect, it } from 'vitest'
import { scenarioStaticPaths, scenarioStaticProps, scenarioSummaries } from './scenario-page-data'

describe('scenario page data', () => {
  it('prerenders one page per scenario', () => {
    const { paths } = scenarioStaticPaths()
    expect(paths).toHaveLength(scenarioSummaries().length)
    expect(paths).toContainEqual({ params: { slug: 'stripe-webhook' } })
  })

  it('gives a scenario its outcome, trail, wizard link and highlighted path', () => {
    const { scenario, outcome, trail, pathNodeIds } = scenarioStaticProps('csv-export').props.ssg
    expect(scenario.wizardHref).toBe('/decide/app-router/url-returns-a-file-or-feed/')
    expect(scenario.href).toBe('/scenarios/csv-export/')
    expect(outcome.boundaries.map((boundary) => boundary.id)).toEqual(['route-handler'])
    expect(trail.map((entry) => entry.changeHref)).toEqual(['/decide/', '/decide/app-router/'])
    expect(pathNodeIds).toEqual(['router', 'app-trigger', 'route-handler-for-custom-response'])
  })

  it('refuses an unknown slug', () => {
    expect(() => scenarioStaticProps('nope')).toThrow('No scenario "nope"')
  })
})
