import { describe, expect, it } from 'vitest'
import { graphOutline } from './graph-outline'
import { validateGraph } from './graph-validation'
import { smallGraph } from './graph-fixture.test-helper'

describe('graphOutline', () => {
  it('nests each answer under its question, linking every node to its wizard step', () => {
    const outline = graphOutline(validateGraph(smallGraph()))
    expect(outline).toMatchObject({ id: 'router', kind: 'question', href: '/decide/' })
    expect(outline.answers.map((answer) => [answer.label, answer.child.id, answer.child.href])).toEqual([
      ['app-router', 'trigger', '/decide/app-router/'],
      ['pages-router', 'pages-result', '/decide/pages-router/'],
    ])
    expect(outline.answers[0]!.child.answers[1]!.child).toMatchObject({
      id: 'action-result',
      kind: 'outcome',
      href: '/decide/app-router/our-interface/',
      answers: [],
    })
  })
})
