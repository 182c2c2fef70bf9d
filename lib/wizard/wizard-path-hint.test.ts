import { describe, expect, it } from 'vitest'
import { decisionGraph } from '../graph/decision-graph'
import { slugTree } from '../graph/graph-paths'
import { wizardPathHint } from './wizard-path-hint'

const tree = slugTree(decisionGraph)

describe('wizardPathHint', () => {
  it('ignores addresses outside the wizard', () => {
    expect(wizardPathHint('/guide/nope/', tree)).toBeNull()
    expect(wizardPathHint('/decidedly/', tree)).toBeNull()
  })

  it('points a broken wizard link at its longest valid prefix', () => {
    expect(wizardPathHint('/decide/app-router/nonsense/more/', tree)).toEqual({
      badSegment: 'nonsense',
      resumeHref: '/decide/app-router/',
      resumeDepth: 1,
    })
    expect(wizardPathHint('/decide/app-router/page-needs-data/extra/', tree)).toEqual({
      badSegment: 'extra',
      resumeHref: '/decide/app-router/page-needs-data/',
      resumeDepth: 2,
    })
  })

  it('names an undecodable or markup-like segment as text', () => {
    expect(wizardPathHint('/decide/%3Cimg%20src%3Dx%3E/', tree)).toEqual({
      badSegment: '<img src=x>',
      resumeHref: '/decide/',
      resumeDepth: 0,
    })
  })
})
