import { describe, expect, it } from 'vitest'
import { decisionGraph } from './decision-graph'
import { allAnswerPaths, firstPathToEachNode, longestValidPrefix, slugTree } from './graph-paths'
import { validateGraph } from './graph-validation'
import { smallGraph } from './graph-fixture.test-helper'

const graph = validateGraph(smallGraph())

describe('graph paths', () => {
  it('lists every step and result path, the first question included', () => {
    expect(allAnswerPaths(graph)).toEqual([
      [],
      ['app-router'],
      ['app-router', 'page-needs-data'],
      ['app-router', 'our-interface'],
      ['pages-router'],
    ])
  })

  it('finds the shortest path to each node', () => {
    expect(Object.fromEntries(firstPathToEachNode(graph))).toEqual({
      router: [],
      trigger: ['app-router'],
      'pages-result': ['pages-router'],
      'read-result': ['app-router', 'page-needs-data'],
      'action-result': ['app-router', 'our-interface'],
    })
  })

  it('builds a text-free slug tree and finds the longest valid prefix in it', () => {
    const tree = slugTree(graph)
    expect(tree).toEqual({ 'app-router': { 'page-needs-data': {}, 'our-interface': {} }, 'pages-router': {} })
    expect(longestValidPrefix(tree, ['app-router', 'nope', 'page-needs-data'])).toEqual(['app-router'])
    expect(longestValidPrefix(tree, ['constructor', '__proto__'])).toEqual([])
    expect(longestValidPrefix(tree, ['pages-router', 'extra'])).toEqual(['pages-router'])
  })

  it('keeps the site’s slug tree small enough for the 404 page', () => {
    expect(JSON.stringify(slugTree(decisionGraph)).length).toBeLessThan(3000)
  })
})
