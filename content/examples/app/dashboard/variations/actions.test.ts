import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callAction } from '@/runtime/action-call'
import { signedInAda, signedInGrace } from '@/tests/requests'
import { generateVariations, type VariationsState } from './actions'

beforeEach(resetDb)

const generate = async (fields: Record<string, string>, cookies: Record<string, string> = signedInAda) => {
  const outcome = await callAction(generateVariations, fields, { cookies })
  if (outcome.kind !== 'returned') throw new Error(`the action ${outcome.kind}`)
  return { state: outcome.value as VariationsState, calls: outcome.calls }
}

describe('generateVariations', () => {
  it('makes every variation in one call, saves them and revalidates the page', async () => {
    const { state, calls } = await generate({ prompt: 'a calculating engine', count: '4' })
    expect(state).toMatchObject({ ok: true, message: '4 of 4 variations written.' })
    expect(state.items).toHaveLength(4)
    const texts = state.items.map((item) => (item.ok ? item.text : item.error))
    for (const text of texts) expect(text).toContain('a calculating engine')
    expect(db().variations.map((variation) => variation.text)).toEqual(texts)
    expect(db().modelCredits.u_ada).toBe(6)
    expect(calls).toEqual([{ api: 'revalidatePath', args: ['/dashboard/variations'] }])
  })

  it('reports each variation on its own: the ones that worked are kept when others fail', async () => {
    // Grace's plan has 6 credits: the second batch of four gets two.
    await generate({ prompt: 'a compiler', count: '4' }, signedInGrace)
    const { state } = await generate({ prompt: 'a compiler', count: '4' }, signedInGrace)
    expect(state.message).toBe('2 of 4 variations written.')
    expect(state.items.map((item) => item.ok)).toEqual([true, true, false, false])
    expect(state.items[3]).toEqual({ ok: false, error: 'No model credits left on your plan.' })
    expect(db().variations.filter((variation) => variation.ownerId === 'u_grace')).toHaveLength(6)

    const { state: spent, calls } = await generate({ prompt: 'a compiler', count: '1' }, signedInGrace)
    expect(spent).toMatchObject({ ok: false, message: '0 of 1 variations written.' })
    expect(calls).toEqual([])
  })

  it('refuses more than four at once, a short prompt and a post without a session', async () => {
    const tooMany = await generate({ prompt: 'a calculating engine', count: '40' })
    expect(tooMany.state).toEqual({
      ok: false,
      message: 'Check the request.',
      fields: { count: 'Ask for at most 4 at once' },
      values: { prompt: 'a calculating engine', count: '40' },
      items: [],
    })
    expect((await generate({ prompt: 'ab', count: '2' })).state.fields).toEqual({
      prompt: 'Describe the tagline in a few words',
    })
    expect((await generate({ prompt: 'a calculating engine', count: '2' }, {})).state.message).toBe(
      'Your session has ended. Sign in again.',
    )
    expect(db().modelCredits.u_ada).toBe(10)
    expect(db().variations).toEqual([])
  })
})
