import { describe, expect, it } from 'vitest'
import { statusLine } from './status-line'

describe('statusLine', () => {
  it('adds the reason phrase to every status the examples answer with', () => {
    expect(statusLine(200)).toBe('200 OK')
    expect(statusLine(204)).toBe('204 No Content')
    expect(statusLine(400)).toBe('400 Bad Request')
    expect(statusLine(405)).toBe('405 Method Not Allowed')
    expect(statusLine(422)).toBe('422 Unprocessable Content')
  })

  it('shows the bare number for a status it has no phrase for', () => {
    expect(statusLine(299)).toBe('299')
  })
})
