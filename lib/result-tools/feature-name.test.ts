import { describe, expect, it } from 'vitest'
import { parseFeatureName } from './feature-name'
import { featureName as parsed } from './feature-name.test-helper'

describe('parseFeatureName', () => {
  it('derives paths and identifiers, plural and singular', () => {
    expect(parsed('  project   invites ')).toEqual({
      text: 'project invites',
      words: { plural: 'project invites', singular: 'project invite' },
      kebab: { plural: 'project-invites', singular: 'project-invite' },
      camel: { plural: 'projectInvites', singular: 'projectInvite' },
      pascal: { plural: 'ProjectInvites', singular: 'ProjectInvite' },
      leftOut: [],
    })
  })

  it('accepts a singular name, camel case, hyphens and accents', () => {
    expect(parsed('Team reply').camel).toEqual({ plural: 'teamReplies', singular: 'teamReply' })
    expect(parsed('mailBox').kebab).toEqual({ plural: 'mail-boxes', singular: 'mail-box' })
    expect(parsed('café-orders').pascal).toEqual({ plural: 'CafeOrders', singular: 'CafeOrder' })
    expect(parsed('addresses').camel).toEqual({ plural: 'addresses', singular: 'address' })
  })

  it('keeps markup out of every derived form', () => {
    const name = parsed('<img src=x onerror=alert(1)> invites')
    expect(name.text).toBe('<img src=x onerror=alert(1)> invites')
    for (const value of [name.kebab, name.camel, name.pascal].flatMap(Object.values)) {
      expect(value).toMatch(/^[A-Za-z][A-Za-z0-9-]*$/)
    }
  })

  it('takes markup out and says what the paths leave out', () => {
    const name = parsed('<b>Заявки</b> 日本 invites')
    expect(name.kebab.plural).toBe('zayavki-invites')
    expect(name.leftOut).toEqual(['markup', '日本'])
  })

  it.each([
    ['', 'Type a name'],
    ['   ', 'Type a name'],
    ['x'.repeat(61), 'under 60 characters'],
    ['日本語', 'Latin letter'],
    ['2fa codes', 'Start the name with a letter'],
    ['class', 'reserved word'],
    ['deletes', 'reserved word'],
  ])('refuses %j with a message', (input, message) => {
    const result = parseFeatureName(input)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.message).toContain(message)
  })
})
