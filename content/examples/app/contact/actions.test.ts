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
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } })
const send = (fields: typeof message, call = {}) => callAction(sendContactMessage, fields, call)
const tooMany = /^Too many attempts, try again in 10 minutes\.$/

describe('sendContactMessage', () => {
  it('stores a valid message', async () => {
    const outcome = await callAction(sendContactMessage, message, from('203.0.113.7'))
    expect(outcome).toMatchObject({ kind: 'returned', value: { ok: true } })
    expect(db().messages).toMatchObject([{ name: 'Ada', email: 'ada@example.com' }])
  })

  it('thanks a bot that filled the honeypot, stores nothing and counts nothing', async () => {
    const bot = { ...message, website: 'https://spam.example' }
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const outcome = await callAction(sendContactMessage, bot, from('203.0.113.7'))
      expect(outcome).toMatchObject({ kind: 'returned', value: { ok: true } })
    }
    expect(db().messages).toEqual([])
    expect(db().rateLimits).toEqual({})
  })

  it('returns field errors for an invalid message', async () => {
    const outcome = await send({ ...message, email: 'nope', message: 'hi' })
    expect(outcome).toMatchObject({
      kind: 'returned',
      value: {
        ok: false,
        fields: { email: expect.any(String), message: 'Write at least 10 characters' },
      },
    })
    expect(db().messages).toEqual([])
  })

  it('refuses a sixth try from one address in 10 minutes, valid or not', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const email = `person${attempt}@example.com`
      const outcome = await send({ ...message, email }, from('203.0.113.7'))
      expect(outcome).toMatchObject({ value: { ok: true } })
    }
    const sixth = await send({ ...message, email: 'x' }, from('203.0.113.7'))
    expect(sixth).toMatchObject({ value: { ok: false, message: expect.stringMatching(tooMany) } })
    const other = await callAction(sendContactMessage, message, from('198.51.100.4'))
    expect(other).toMatchObject({ value: { ok: true } })
    expect(db().messages).toHaveLength(6)
  })

  it('refuses a fourth message from one email address, whichever address sends it', async () => {
    for (const address of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) {
      expect(await callAction(sendContactMessage, message, from(address))).toMatchObject({
        value: { ok: true },
      })
    }
    const fourth = await callAction(
      sendContactMessage,
      { ...message, email: 'ADA@example.com' },
      from('192.0.2.4'),
    )
    expect(fourth).toMatchObject({ value: { ok: false, message: expect.stringMatching(tooMany) } })
    expect(db().messages).toHaveLength(3)
  })

  it('still limits by email when no proxy recorded an address', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) await callAction(sendContactMessage, message)
    const fourth = await callAction(sendContactMessage, message)
    expect(fourth).toMatchObject({ value: { ok: false, message: expect.stringMatching(tooMany) } })
  })

  it('never asks anyone to sign in, whatever it answers', async () => {
    const answers = []
    for (let attempt = 0; attempt < 7; attempt += 1) {
      answers.push(await callAction(sendContactMessage, message, from('203.0.113.9')))
    }
    answers.push(await send({ ...message, email: 'nope' }, from('192.0.2.9')))
    answers.push(await callAction(sendContactMessage, { ...message, website: 'x' }))
    const messages = answers.map((answer) => JSON.stringify(answer))
    expect(messages.some((text) => text.includes('Too many attempts'))).toBe(true)
    for (const text of messages) expect(text).not.toMatch(/sign in|session/i)
  })
})
