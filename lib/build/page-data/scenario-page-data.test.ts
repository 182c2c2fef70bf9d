import { describe, expect, it } from 'vitest'
import { scenarioStaticPaths, scenarioStaticProps, scenarioSummaries } from './scenario-page-data'

describe('scenario page data', () => {
  it('prerenders one page per scenario', () => {
    const { paths } = scenarioStaticPaths()
    expect(paths).toHaveLength(scenarioSummaries().length)
    expect(paths).toContainEqual({ params: { slug: 'stripe-webhook' } })
  })

  it('gives a scenario its outcome, trail, wizard link, highlighted path and example code', async () => {
    const { scenario, outcome, trail, pathNodeIds, examples } = (await scenarioStaticProps('csv-export'))
      .props.ssg
    expect(scenario.wizardHref).toBe('/decide/app-router/url-returns-a-file-or-feed/')
    expect(scenario.href).toBe('/scenarios/csv-export/')
    expect(outcome.boundaries.map((boundary) => boundary.id)).toEqual(['route-handler'])
    expect(trail.map((entry) => entry.changeHref)).toEqual([
      '/decide/#answer-app-router',
      '/decide/app-router/#answer-url-returns-a-file-or-feed',
    ])
    expect(pathNodeIds).toEqual(['router', 'app-trigger', 'route-handler-for-custom-response'])
    expect(examples.map((example) => [example.snippet.file, example.pattern?.href])).toEqual([
      ['app/api/export/projects/route.ts', '/patterns/custom-response/'],
      ['lib/csv.ts', '/patterns/custom-response/'],
      ['app/feed.xml/route.ts', '/patterns/custom-response/'],
      ['lib/xml.ts', '/patterns/custom-response/'],
    ])
  })

  it('refuses an unknown slug', async () => {
    await expect(scenarioStaticProps('nope')).rejects.toThrow('No scenario "nope"')
  })
})
