import { describe, expect, it } from 'vitest'
import { decisionGraph } from '../graph/decision-graph'
import { combinePlan, planHref, readPlanQuery } from './feature-plan'
import { checkFeatureName, checkOperationName, operationNameMaxLength } from './plan-validation'

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
      ['Route Handler', 'Server Action'],
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
        'app-router/page-needs-data|App read',
        'nowhere',
      ],
    })
    expect(plan.operations.map((operation) => operation.name)).toEqual(['App read'])
    expect(plan.problems.map((problem) => problem.message)).toEqual([
      'Operation 1 in this link: Its answers (app-router) do not lead to an answer. It was left out.',
      'Operation 2 in this link: Its answer path is not made of answer slugs. It was left out.',
      'Operation 4 in this link: Its answers (nowhere) do not lead to an answer. It was left out.',
    ])
  })

  it('asks where the routes live once: an operation for the other router is left out, and said so', () => {
    const plan = readPlanQuery(decisionGraph, {
      op: [
        'app-router/page-needs-data|List invites',
        'pages-router/page-needs-data|Pages read',
        'app-router/our-interface-changes-data/only-this-interface|Send one',
      ],
    })
    expect(plan.router).toBe('app-router')
    expect(plan.operations.map((operation) => operation.name)).toEqual(['List invites', 'Send one'])
    expect(plan.problems.map((problem) => problem.message)).toEqual([
      'Operation 2 in this link: It is for the pages/ folder (Pages Router), and this plan is for the app/ folder (App Router): a plan covers one router. It was left out.',
    ])
  })

  it('cuts a name that is too long, with the form’s own message, and names a feature name it cannot use', () => {
    const long = 'Send an invite '.repeat(7).trim()
    const plan = readPlanQuery(decisionGraph, {
      feature: 'x'.repeat(61),
      op: [`app-router/page-needs-data|${long}`],
    })
    expect(long.startsWith(plan.operations[0]!.name)).toBe(true)
    expect(plan.operations[0]!.name.length).toBeLessThanOrEqual(operationNameMaxLength)
    expect(plan.problems).toEqual([
      {
        field: 'plan-feature',
        message: `The feature name in this link cannot be used: ${checkFeatureName('x'.repeat(61))} Choose another below.`,
      },
      {
        message: `Operation 1 in this link: ${checkOperationName(long).error} It was cut to fit.`,
      },
    ])
  })

  it('keeps the shared service for operations that change data', () => {
    const read = { name: 'List', answers: ['app-router', 'page-needs-data'] }
    const csv = { name: 'Export', answers: ['app-router', 'url-returns-a-file-or-feed'] }
    const reads = combinePlan(fromHref(planHref(null, [read, csv])).operations)
    expect(reads).toMatchObject({ sharedService: false, changesData: false })
    expect(reads.roots).not.toContain('features/projects/service.ts')
    const readAndSend = combinePlan(fromHref(planHref(null, [read, send])).operations)
    expect(readAndSend).toMatchObject({ sharedService: false, changesData: true })
    const twoChanges = combinePlan(fromHref(planHref(null, [send, { ...send, name: 'Resend' }])).operations)
    expect(twoChanges).toMatchObject({ sharedService: true, changesData: true })
  })
})
