import { describe, expect, it } from 'vitest'
import {
  containsMessage,
  fillMessage,
  messagePattern,
  messagePieces,
  placeholderNames,
} from './message-template'

const limit = 'Body exceeded {limit} limit.'

describe('quoted messages', () => {
  it('splits a message into the literal pieces around its placeholders', () => {
    expect(messagePieces(limit)).toEqual(['Body exceeded', 'limit.'])
    expect(messagePieces('{a}{b}')).toEqual([])
    expect(placeholderNames('Route "{route}" used {expression}.')).toEqual(['route', 'expression'])
  })

  it('fills placeholders and leaves unknown ones', () => {
    expect(fillMessage(limit, { limit: '1 MB' })).toBe('Body exceeded 1 MB limit.')
    expect(fillMessage('{a} and {b}', { a: 'x' })).toBe('x and {b}')
  })

  it('matches printed text, placeholders standing for any text on one line', () => {
    expect(messagePattern(limit).test('Body exceeded 1 MB limit.')).toBe(true)
    expect(messagePattern(limit).test('Body exceeded 1 MB limit. More')).toBe(false)
    expect(containsMessage('Error: Body exceeded 2 MB limit.\nTo configure', limit)).toBe(true)
    expect(containsMessage('Body exceeded\n1 MB limit.', limit)).toBe(false)
    expect(containsMessage('a (b) [c] d', '(b) [{x}] d')).toBe(true)
    expect(containsMessage('a (b) c d', '(b) [{x}] d')).toBe(false)
  })
})
