import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callAction } from '@/runtime/action-call'
import { sendContactMessage } from './actions'

beforeEach(resetDb)

const message = {
  name: 'Ada',
  email: 'ada@example.com',
  message: 'Could the engine weave patterns?',
  website: '',
}

describe('sendContactMessage', () => {
  it('stores a valid message', async () => {
    const outcome = await callAction(sendContactMessage, message)
    expect(outcome).toMatchObject({ kind: 'returned', value: { ok: true } })
    expect(db().messages).toEqual([expect.objectContaining({ name: 'Ada', email: 'ada@example.com' })])
  })

  it('thanks a bot that filled the honeypot and stores nothing', async () => {
    const outcome = await callAction(sendContactMessage, { ...message, website: 'https://spam.example' })
    expect(outcome).toMatchObject({ kind: 'returned', value: { ok: true } })
    expect(db().messages).toEqual([])
  })

  it('returns field errors for an invalid message', async () => {
    const outcome = await callAction(sendContactMessage, { ...message, email: 'nope', message: 'hi' })
    expect(outcome).toMatchObject({
      kind: 'returned',
      value: { ok: false, fields: { email: expect.any(String), message: 'Write at least 10 characters' } },
    })
    expect(db().messages).toEqual([])
  })
})
