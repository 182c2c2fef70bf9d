import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decisionGraph } from '../graph/decision-graph'
import { planMigration, routeUrl } from './migration-plan'

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

describe('routeUrl', () => {
  it('turns the file path into the URL it answers at', () => {
    expect(routeUrl('pages/api/projects/index.ts')).toBe('/api/projects')
    expect(routeUrl('src/pages/api/invoices/[[...slug]].ts')).toBe('/api/invoices/[[...slug]]')
    expect(routeUrl('pages/api/index.js')).toBe('/api')
  })
})
