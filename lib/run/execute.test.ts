import { beforeEach, describe, expect, it } from 'vitest'
import { runTarget } from '../../content/run-targets'
import { execute, resetExampleStore } from './execute'
import { initialInput, type RunInput } from './run-input'

beforeEach(resetExampleStore)

function inputFor(id: string, overrides: Partial<RunInput> = {}): RunInput {
  return { ...initialInput(runTarget(id)), session: '', token: '', sign: false, ...overrides }
}

describe('execute', () => {
  it('runs the webhook signed with the test secret, and refuses it unsigned', async () => {
    const signed = await execute(runTarget('stripe-webhook'), inputFor('stripe-webhook', { sign: true }))
    expect(signed).toMatchObject({ kind: 'response', response: { status: 200 } })
    expect(signed.kind === 'response' && signed.changes.map((change) => change.description)).toEqual([
      'added evt_demo_1',
      'u_ada: active → past_due',
    ])
    const unsigned = await execute(runTarget('stripe-webhook'), inputFor('stripe-webhook'))
    expect(unsigned).toMatchObject({ kind: 'response', response: { status: 400 }, changes: [] })
  })

  it('runs an action as the chosen user and reports its calls and store changes', async () => {
    const result = await execute(
      runTarget('change-status'),
      inputFor('change-status', { session: 'session-ada' }),
    )
    expect(result).toMatchObject({
      kind: 'action',
      outcome: {
        kind: 'returned',
        value: { ok: true },
        calls: [{ api: 'revalidatePath', args: ['/dashboard/projects'] }, {}],
      },
      changes: [
        { collection: 'projects', description: expect.stringMatching(/^p_notes: status draft → active/) },
      ],
    })
  })

  it('renders a Server Component page to an element', async () => {
    const result = await execute(runTarget('projects-page'), inputFor('projects-page'))
    expect(result).toMatchObject({ kind: 'page', calls: [], changes: [] })
    expect(result.kind === 'page' && result.rendered).toHaveProperty('props')
  })

  it('fills dynamic segments from the path, and explains a path the file does not answer', async () => {
    const archived = await execute(
      runTarget('archive-project'),
      inputFor('archive-project', { token: 'mobile-token-ada' }),
    )
    expect(archived).toMatchObject({ kind: 'response', response: { status: 200 } })
    const elsewhere = await execute(
      runTarget('archive-project'),
      inputFor('archive-project', { path: '/api/other' }),
    )
    expect(elsewhere).toEqual({
      kind: 'invalid-input',
      error: 'This file answers /api/projects/[id]/archive, not /api/other.',
    })
  })

  it('answers a method the file does not export like Next.js (405, automatic OPTIONS), and reports malformed headers', async () => {
    const deleted = await execute(
      runTarget('public-products'),
      inputFor('public-products', { method: 'DELETE' }),
    )
    expect(deleted).toMatchObject({ kind: 'response', response: { status: 405, headers: [], body: '' } })
    const options = await execute(
      runTarget('public-products'),
      inputFor('public-products', { method: 'OPTIONS' }),
    )
    expect(options).toMatchObject({
      response: { status: 204, headers: [['allow', 'GET, HEAD, OPTIONS']] },
      automatic: { kind: 'options' },
    })
    const webhookGet = await execute(
      runTarget('stripe-webhook'),
      inputFor('stripe-webhook', { method: 'GET' }),
    )
    expect(webhookGet).toMatchObject({
      response: { status: 405, headers: [], body: '' },
      automatic: { kind: 'method-not-allowed', exported: ['POST'], allow: 'OPTIONS, POST' },
    })
    const head = await execute(runTarget('public-products'), inputFor('public-products', { method: 'HEAD' }))
    expect(head).toMatchObject({ response: { status: 200, body: '' }, automatic: { kind: 'head-runs-get' } })
    expect(head.kind === 'response' && head.response.headers.map(([name]) => name)).toContain('cache-control')
    const get = await execute(runTarget('public-products'), inputFor('public-products'))
    expect(get).not.toHaveProperty('automatic')
    const bad = await execute(
      runTarget('public-products'),
      inputFor('public-products', { headersText: 'oops' }),
    )
    expect(bad).toEqual({ kind: 'invalid-input', error: 'Header line 1 is not "Name: value": oops' })
  })

  it('runs a pages/api handler with its body parser setting', async () => {
    const hello = await execute(runTarget('pages-hello'), inputFor('pages-hello'))
    expect(hello).toMatchObject({
      kind: 'response',
      response: { status: 200, body: '{"message":"Hello, Ada!"}' },
    })
    const payments = await execute(
      runTarget('pages-payments-webhook'),
      inputFor('pages-payments-webhook', { sign: true }),
    )
    expect(payments).toMatchObject({ kind: 'response', response: { status: 200 } })
  })

  it('loads every target', async () => {
    const { runTargets } = await import('../../content/run-targets')
    for (const target of runTargets) expect(Object.keys(await target.load()).length).toBeGreaterThan(0)
  })
})
