import { describe, expect, it } from 'vitest'
import { scenarioStaticPaths, scenarioStaticProps, scenarioSummaries } from './scenario-page-data'

describe('scenario page data', () => {
  it('prerenders one page per scenario', () => {
    const { paths } = scenarioStaticPaths()
    expect(paths).toHaveLength(scenarioSummaries().length)
    expect(paths).toContainEqual({ params: { slug: 'stripe-webhook' } })
  })

  it('gives a scenario its outcome, recipe, trail, wizard link, highlighted path and the recipe’s code', async () => {
    const { scenario, outcome, recipe, trail, pathNodeIds, examples } = (
      await scenarioStaticProps('csv-export')
    ).props.ssg
    expect(scenario.wizardHref).toBe('/decide/app-router/url-returns-a-file-or-feed/csv-export/')
    expect(recipe?.slug).toBe('csv-export')
    expect(scenario.href).toBe('/scenarios/csv-export/')
    expect(outcome.boundaries.map((boundary) => boundary.id)).toEqual(['route-handler'])
    expect(trail.map((entry) => entry.changeHref)).toEqual([
      '/decide/#answer-app-router',
      '/decide/app-router/#answer-url-returns-a-file-or-feed',
    ])
    expect(pathNodeIds).toEqual(['router', 'app-trigger', 'route-handler-for-custom-response'])
    // The recipe's files, not the outcome's general examples (which add the RSS feed).
    expect(examples.map((example) => example.snippet.file)).toEqual(recipe!.code.map((code) => code.file))
    expect(examples.map((example) => example.snippet.file)).not.toContain('app/feed.xml/route.ts')
  })

  it('refuses an unknown slug', async () => {
    await expect(scenarioStaticProps('nope')).rejects.toThrow('No scenario "nope"')
  })
})
