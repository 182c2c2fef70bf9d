import { describe, expect, it } from 'vitest'
import { decisionGraph } from '../graph/decision-graph'
import { combinePlan, planHref, readPlanQuery } from './feature-plan'

const list = { name: 'The page that lists invites', answers: ['app-router', 'page-needs-data'] }
const send = {
  name: 'The form that sends one',
  answers: ['app-router', 'our-interface-changes-data', 'only-this-interface'],
}
const mobile = {
  name: 'The endpoint the mobile app calls',
  answers: ['app-router', 'another-system-calls-us', 'another-app-of-ours', 'our-web-interface-too'],
}

const fromHref = (href: string) =>
  readPlanQuery(decisionGraph, {
    feature: new URL(href, 'https://example.org').searchParams.get('feature') ?? undefined,
    op: new URL(href, 'https://example.org').searchParams.getAll('op'),
  })

describe('feature plans', () => {
  it('round-trips a plan through one link', () => {
    const href = planHref('project invites', [list, send, mobile])
    expect(href).toMatch(/^\/plan\/\?feature=project\+invites&op=app-router%2Fpage-needs-data%7CThe\+page/)
    const plan = fromHref(href)
    expect(plan.feature).toBe('project invites')
    expect(plan.problems).toEqual([])
    expect(plan.operations.map((operation) => [operation.name, operation.outcomeId])).toEqual([
      [list.name, 'server-component-read'],
      [send.name, 'server-action-mutation'],
      [mobile.name, 'service-with-client-route-handler'],
    ])
  })

  it('combines the operations around one shared service, with every entry point and file', () => {
    const plan = combinePlan(fromHref(planHref('invites', [list, send, mobile])).operations)
    expect(plan.sharedService).toBe(true)
    expect(plan.entryPoints.map((entry) => entry.boundaryNames)).toEqual([
      ['Server Component'],
      ['Server Action'],
      ['Route Handler'],
    ])
    expect(plan.roots[0]).toBe('features/projects/service.ts')
    expect(plan.roots).toContain('app/dashboard/projects/page.tsx')
    expect(plan.roots).toContain('app/api/projects/[id]/archive/route.ts')
    expect(new Set(plan.roots).size).toBe(plan.roots.length)
  })

  it('needs no shared service for one operation that does not ask for one', () => {
    expect(combinePlan(fromHref(planHref(null, [send])).operations).sharedService).toBe(false)
  })

  it('leaves out operations of a broken link and says which', () => {
    const plan = readPlanQuery(decisionGraph, {
      op: [
        'app-router|Half an answer',
        'app-router/<script>|x',
        'pages-router/page-needs-data|Pages read',
        'nowhere',
      ],
    })
    expect(plan.operations.map((operation) => operation.name)).toEqual(['Pages read'])
    expect(plan.problems).toEqual([
      'Operation 1 in this link does not lead to an answer (app-router); it was left out.',
      'Operation 2 in this link has an answer path that is not made of answer slugs; it was left out.',
      'Operation 4 in this link does not lead to an answer (nowhere); it was left out.',
    ])
  })
})
