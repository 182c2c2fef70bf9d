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
      'Unknown caller “carrier pigeon”. Use: own page read, own form, webhook, mobile, public, file/feed.',
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
    expect(routeAt(13)).toMatchObject({ target: 'keep', newFile: null })
    expect(routeAt(16)).toMatchObject({ target: 'server-action', extractService: false })
    expect(routeAt(16).reason).toContain('its read becomes a query function')
  })

  it('shares a service when several callers need the same rule, and moves those first', () => {
    expect(routeAt(3)).toMatchObject({
      target: 'route-handler',
      boundaries: 'Service function + Route Handler',
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

describe('routeUrl', () => {
  it('turns the file path into the URL it answers at', () => {
    expect(routeUrl('pages/api/projects/index.ts')).toBe('/api/projects')
    expect(routeUrl('src/pages/api/invoices/[[...slug]].ts')).toBe('/api/invoices/[[...slug]]')
    expect(routeUrl('pages/api/index.js')).toBe('/api')
  })
})
