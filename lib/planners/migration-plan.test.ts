import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { boundaries } from '../../content/boundaries'
import { decisionGraph } from '../graph/decision-graph'
import type { DecisionGraph } from '../graph/graph-schema'
import { validateGraph } from '../graph/graph-validation'
import { resolve } from '../wizard/engine'
import { callerKinds, callerLabels, planMigration, routeUrl } from './migration-plan'

const list = readFileSync(new URL('../../tests/fixtures/pages-api-routes.txt', import.meta.url), 'utf8')
const plan = planMigration(decisionGraph, list)
const routeAt = (line: number) => plan.routes.find((route) => route.line === line)!

describe('planMigration', () => {
  it('plans every valid line and flags every invalid one, with its line number', () => {
    expect(plan.routes).toHaveLength(17)
    expect(plan.errors.map((error) => error.line)).toEqual([19, 20, 21])
    expect(plan.errors[0]!.message).toContain('Start each line with the file path under pages/api/')
    expect(plan.errors[1]!.message).toBe(
      'Unknown caller “carrier pigeon”. Use: own page read, own form, browser fetch, webhook, mobile, public, scheduler, file/feed; or nobody.',
    )
    expect(plan.errors[2]!.message).toContain('Not a file name Next.js routes')
  })

  it('gives each caller its target from the decision graph', () => {
    expect(routeAt(2)).toMatchObject({ target: 'query-function', newFile: 'features/projects/queries.ts' })
    expect(routeAt(4)).toMatchObject({
      target: 'route-handler',
      boundaries: 'Route Handler',
      newFile: 'app/api/webhooks/stripe/route.ts',
      extractService: false,
    })
    expect(routeAt(6)).toMatchObject({ target: 'server-action', newFile: 'app/settings/actions.ts' })
    expect(routeAt(9)).toMatchObject({ target: 'route-handler', url: '/api/v1/products' })
    expect(routeAt(10)).toMatchObject({ target: 'route-handler', callers: ['file-feed'] })
    expect(routeAt(12)).toMatchObject({ target: 'route-handler', newFile: 'app/api/search/route.ts' })
    expect(routeAt(13)).toMatchObject({ target: 'keep', newFile: null })
    expect(routeAt(16)).toMatchObject({ target: 'server-action', extractService: false })
    expect(routeAt(16).reason).toContain('its read becomes a query function')
  })

  it('shares a service when several callers need the same rule, and moves those first', () => {
    expect(routeAt(3)).toMatchObject({
      target: 'route-handler',
      boundaries: 'Service function + Route Handler + Server Action',
      extractService: true,
    })
    expect(routeAt(5)).toMatchObject({ boundaries: 'Service function + Route Handler', extractService: true })
    const orderOf = (line: number) => routeAt(line).order
    const shared = plan.routes.filter((route) => route.extractService).map((route) => route.order)
    const single = plan.routes.filter((route) => !route.extractService).map((route) => route.order)
    expect(Math.max(...shared)).toBeLessThan(Math.min(...single))
    expect(orderOf(2)).toBeLessThan(orderOf(6))
    expect(orderOf(6)).toBeLessThan(orderOf(4))
    expect([orderOf(13), orderOf(15)]).toEqual([plan.routes.length - 1, plan.routes.length])
    expect(new Set(plan.routes.map((route) => route.order)).size).toBe(plan.routes.length)
  })

  it('flags a route listed twice', () => {
    const twice = planMigration(decisionGraph, 'pages/api/a.ts: form\npages/api/a/index.ts: mobile')
    expect(twice.errors).toEqual([
      { line: 2, text: 'pages/api/a/index.ts: mobile', message: 'Line 1 already lists /api/a.' },
    ])
  })

  it('keeps script-like text out of every route it accepts', () => {
    const hostile = planMigration(decisionGraph, 'pages/api/<img src=x onerror=alert(1)>.ts: form')
    expect(hostile.routes).toEqual([])
    expect(hostile.errors).toHaveLength(1)
  })
})

/** One line per combination of callers, so every outcome the planner can give is planned. */
const everyCallerMix = Array.from({ length: 2 ** callerKinds.length }, (_, mask) => {
  const callers = callerKinds.filter((_, bit) => mask & (2 ** bit)).map((kind) => callerLabels[kind])
  return `pages/api/mix-${mask}.ts: ${callers.join(', ')}`
}).join('\n')

/** A copy of the graph with one question's answer slug renamed, still a valid graph. */
function withRenamedAnswer(questionId: string, from: string, to: string): DecisionGraph {
  const copy = structuredClone(decisionGraph)
  const question = copy.nodes[questionId]
  if (question?.kind !== 'question') throw new Error(`"${questionId}" is not a question`)
  const answer = question.answers.find((candidate) => candidate.slug === from)
  if (!answer) throw new Error(`"${questionId}" has no answer "${from}"`)
  answer.slug = to
  return validateGraph(copy)
}

describe('planMigration finds its wizard paths in the graph', () => {
  it('opens every route at a path that resolves to the decision the plan shows', () => {
    const mixes = planMigration(decisionGraph, everyCallerMix)
    expect(mixes.errors).toEqual([])
    const planned = mixes.routes.filter((route) => route.answers !== null)
    expect(planned).toHaveLength(2 ** callerKinds.length - 1)
    for (const route of planned) {
      const resolution = resolve(decisionGraph, route.answers!)
      expect(resolution.kind, route.route).toBe('result')
      if (resolution.kind !== 'result') continue
      expect(resolution.outcome.boundaries.map((id) => boundaries[id].name).join(' + ')).toBe(
        route.boundaries,
      )
    }
  })

  it('follows an answer slug renamed in the graph', () => {
    const renamed = withRenamedAnswer('app-caller', 'a-service-notifies-us', 'a-provider-posts-to-us')
    const replanned = planMigration(renamed, list)
    const webhook = replanned.routes.find((route) => route.line === 4)!
    expect(webhook.answers).toEqual([
      'app-router',
      'another-system-calls-us',
      'a-provider-posts-to-us',
      'only-the-webhook',
    ])
    expect(replanned.routes.flatMap((route) => route.answers ?? [])).not.toContain('a-service-notifies-us')
    // Only the slugs change: every target, boundary, file and order stays as planned before.
    const withoutAnswers = (routes: typeof plan.routes) =>
      routes.map((route) => ({ ...route, answers: null }))
    expect(withoutAnswers(replanned.routes)).toEqual(withoutAnswers(plan.routes))
  })

  it('follows a renamed first answer on every route', () => {
    const replanned = planMigration(withRenamedAnswer('router', 'app-router', 'app-folder'), everyCallerMix)
    const firstAnswers = replanned.routes.flatMap((route) => (route.answers ? [route.answers[0]] : []))
    expect(firstAnswers).toHaveLength(2 ** callerKinds.length - 1)
    expect(new Set(firstAnswers)).toEqual(new Set(['app-folder']))
  })
})

describe('planMigration for browser fetches, schedulers and dead routes', () => {
  const outcomeOf = (route: { answers: string[] | null }) => {
    const resolution = resolve(decisionGraph, route.answers ?? [])
    return resolution.kind === 'result' ? resolution.outcomeId : null
  }

  it('keeps a route the browser fetches after load as a GET Route Handler, not a query', () => {
    for (const words of ['browser fetch', 'search box', 'polling', 'infinite scroll']) {
      const [search] = planMigration(decisionGraph, `pages/api/search.ts: ${words}`).routes
      expect(search, words).toMatchObject({ target: 'route-handler', extractService: false })
      expect(outcomeOf(search!), words).toBe('route-handler-for-browser-fetch')
    }
  })

  it('splits a route only our own pages call, the browser’s fetch included, without a service', () => {
    const [mixed] = planMigration(decisionGraph, 'pages/api/search.ts: own page read, browser fetch').routes
    expect(mixed).toMatchObject({ target: 'route-handler', extractService: false })
    expect(mixed!.reason).toBe(
      'Only our own pages call it: the browser’s fetch after load keeps a GET Route Handler; the first render calls its query function directly.',
    )
  })

  it('sends a route a scheduler calls to the graph’s cron URL: a Route Handler over a service', () => {
    for (const words of ['scheduler', 'cron', 'cron job']) {
      const [cron] = planMigration(decisionGraph, `pages/api/cron/cleanup.ts: ${words}`).routes
      expect(cron, words).toMatchObject({
        target: 'route-handler',
        boundaries: 'Route Handler + Service function',
        newFile: 'app/api/cron/cleanup/route.ts',
        extractService: true,
      })
      expect(outcomeOf(cron!)).toBe('route-handler-for-scheduler')
    }
  })

  it('deletes a route nobody calls, and only when nobody is the whole answer', () => {
    const plan = planMigration(decisionGraph, 'pages/api/hello.ts: nobody\npages/api/b.ts: nobody, form')
    expect(plan.routes).toEqual([expect.objectContaining({ target: 'delete', newFile: null, order: 1 })])
    expect(plan.errors.map((error) => error.line)).toEqual([2])
  })
})

/**
 * The guide's worked inventory (pages/guide/migrating-from-pages-api.mdx): each row's callers in
 * planner words, and the answer the guide gives. The guide names the settings action
 * app/dashboard/settings/actions.ts; the planner only knows the URL, so it says app/settings/.
 */
const guideRows = [
  { route: 'pages/api/projects/index.ts', callers: 'own page read', target: 'query-function' },
  { route: 'pages/api/projects/[id]/archive.ts', callers: 'button, mobile app', target: 'route-handler' },
  { route: 'pages/api/webhooks/stripe.ts', callers: 'webhook', target: 'route-handler' },
  { route: 'pages/api/export.csv.ts', callers: 'download', target: 'route-handler' },
  { route: 'pages/api/settings.ts', callers: 'own form', target: 'server-action' },
  { route: 'pages/api/search.ts', callers: 'search box', target: 'route-handler' },
  { route: 'pages/api/revalidate.ts', callers: 'cms', target: 'route-handler' },
  { route: 'pages/api/hello.ts', callers: 'nobody', target: 'delete' },
] as const

/** The rows of the guide's "A worked inventory" table: route, callers, target, why. */
function guideInventory(): Array<{ route: string; target: string }> {
  const mdx = readFileSync(new URL('../../pages/guide/migrating-from-pages-api.mdx', import.meta.url), 'utf8')
  const section = mdx.split('## A worked inventory')[1]?.split('\n## ')[0] ?? ''
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `pages/api/'))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| /, '')))
    .map(([route = '', , target = '']) => ({ route: route.replaceAll('`', ''), target }))
}

describe('planMigration agrees with the guide’s worked inventory', () => {
  const guidePlan = planMigration(
    decisionGraph,
    guideRows.map((row) => `${row.route}: ${row.callers}`).join('\n'),
  )
  const planned = (route: string) => guidePlan.routes.find((candidate) => candidate.route === route)!

  it('plans the same routes the guide’s table lists', () => {
    expect(guidePlan.errors).toEqual([])
    expect(guideInventory().map((row) => row.route)).toEqual(guideRows.map((row) => row.route))
  })

  it('gives each row the guide’s target, file and method', () => {
    for (const row of guideInventory()) {
      const route = planned(row.route)
      const expected = guideRows.find((candidate) => candidate.route === row.route)!
      expect(route.target, row.route).toBe(expected.target)
      if (route.target === 'route-handler') {
        // The guide's target cell names the new route.ts file the planner gives.
        expect(row.target, row.route).toContain(`\`${route.newFile}\``)
        const method = /\(`(GET|POST)`\)/.exec(row.target)?.[1]
        const resolution = resolve(decisionGraph, route.answers!)
        if (method && resolution.kind === 'result') {
          expect(resolution.outcome.flow.join(' '), row.route).toContain(method)
        }
      } else {
        // Everything else leaves pages/api: the guide says the route is deleted.
        expect(row.target, row.route).toMatch(/(^|; route )deleted$/)
      }
    }
  })

  it('keeps the browser-fetched search as a GET Route Handler and drops three of eight', () => {
    const search = planned('pages/api/search.ts')
    const resolution = resolve(decisionGraph, search.answers!)
    expect(resolution.kind === 'result' && resolution.outcome.title).toBe(
      'Use a GET Route Handler for the browser to fetch',
    )
    expect(planned('pages/api/projects/index.ts').newFile).toBe('features/projects/queries.ts')
    const archive = planned('pages/api/projects/[id]/archive.ts')
    expect(archive).toMatchObject({ extractService: true })
    // The guide adds a Server Action for the button: the outcome's flow has it too.
    const shared = resolve(decisionGraph, archive.answers!)
    expect(shared.kind === 'result' && shared.outcome.flow).toContain('web form → Server Action')
    const gone = guidePlan.routes.filter((route) => route.target !== 'route-handler')
    expect([gone.length, guidePlan.routes.length]).toEqual([3, 8])
  })
})

describe('routeUrl', () => {
  it('turns the file path into the URL it answers at', () => {
    expect(routeUrl('pages/api/projects/index.ts')).toBe('/api/projects')
    expect(routeUrl('src/pages/api/invoices/[[...slug]].ts')).toBe('/api/invoices/[[...slug]]')
    expect(routeUrl('pages/api/index.js')).toBe('/api')
  })
})
