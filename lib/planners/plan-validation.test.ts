import { describe, expect, it } from 'vitest'
import { decisionGraph } from '../graph/decision-graph'
import { planMigration } from './migration-plan'
import {
  checkFeatureName,
  checkOperationName,
  checkOperationPath,
  operationNameMaxLength,
  routeListErrors,
  routerLabel,
} from './plan-validation'

describe('operation names', () => {
  it('keeps a name trimmed, on one line, without control characters', () => {
    expect(checkOperationName('  Send\n an\u0000invite  ')).toEqual({ name: 'Send an invite', error: null })
    expect(checkOperationName('')).toEqual({ name: '', error: null })
  })

  it('counts characters, not code units, against the limit', () => {
    expect(checkOperationName('🚀'.repeat(operationNameMaxLength)).error).toBeNull()
    const tooLong = checkOperationName('a'.repeat(operationNameMaxLength + 5))
    expect(tooLong.error).toBe(`The name has 85 characters; the limit is ${operationNameMaxLength}.`)
    expect(tooLong.name).toHaveLength(operationNameMaxLength)
  })
})

describe('feature names', () => {
  it('treats a blank name as no name, and gives the reason for one it cannot use', () => {
    expect(checkFeatureName(null)).toBeNull()
    expect(checkFeatureName('  ')).toBeNull()
    expect(checkFeatureName('project invites')).toBeNull()
    expect(checkFeatureName('class')).toContain('reserved word')
  })
})

describe('operation answers', () => {
  it('accepts a path that ends on an answer, for the plan’s router', () => {
    const checked = checkOperationPath(decisionGraph, ['app-router', 'page-needs-data'], 'app-router')
    expect(checked).toMatchObject({ ok: true, outcomeId: 'server-component-read' })
    expect(checkOperationPath(decisionGraph, ['pages-router', 'page-needs-data'], null).ok).toBe(true)
  })

  it('refuses the other router, half an answer and anything that is not a slug', () => {
    const message = (answers: string[]) => {
      const checked = checkOperationPath(decisionGraph, answers, 'app-router')
      return checked.ok ? null : checked.message
    }
    expect(message(['pages-router', 'page-needs-data'])).toContain('a plan covers one router')
    expect(message(['app-router'])).toBe('Its answers (app-router) do not lead to an answer.')
    expect(message(['app-router', 'Page'])).toBe('Its answer path is not made of answer slugs.')
  })

  it('names each router by its answer in the graph', () => {
    expect(routerLabel(decisionGraph, 'app-router')).toBe('The app/ folder (App Router)')
    expect(routerLabel(decisionGraph, 'unknown')).toBe('unknown')
  })
})

describe('route lists', () => {
  it('calls an empty list, or one of comments only, an error on the field', () => {
    for (const input of ['', '   \n', '# just a comment']) {
      expect(routeListErrors(planMigration(decisionGraph, input))).toEqual([
        { field: 'routes', message: expect.stringContaining('Enter at least one route') },
      ])
    }
  })

  it('gives each line that cannot be planned its own error, with its line', () => {
    const plan = planMigration(decisionGraph, 'pages/api/a.ts: own form\npages/api/b.ts: carrier pigeon')
    expect(routeListErrors(plan)).toEqual([
      {
        field: 'routes',
        line: 2,
        message: expect.stringMatching(/^Line 2 \(pages\/api\/b\.ts: carrier pigeon\): Unknown caller/),
      },
    ])
    expect(routeListErrors(planMigration(decisionGraph, 'pages/api/a.ts: own form'))).toEqual([])
  })
})
