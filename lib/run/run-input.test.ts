import { describe, expect, it } from 'vitest'
import { runTarget } from '../../content/run-targets'
import { initialInput, matchRoute, parseHeaders } from './run-input'

describe('parseHeaders', () => {
  it('reads Name: value lines, lower-casing names and skipping blank lines', () => {
    expect(parseHeaders('Content-Type: application/json\n\nX-Test:  a: b ')).toEqual({
      ok: true,
      value: { 'content-type': 'application/json', 'x-test': 'a: b' },
    })
  })

  it('names the first malformed line', () => {
    expect(parseHeaders('Accept: */*\nnot a header')).toEqual({
      ok: false,
      error: 'Header line 2 is not "Name: value": not a header',
    })
  })
})

describe('matchRoute', () => {
  it('extracts dynamic segments, decoded', () => {
    expect(matchRoute('/api/projects/[id]/archive', '/api/projects/p_1/archive?x=1')).toEqual({
      ok: true,
      value: { id: 'p_1' },
    })
    expect(matchRoute('/api/imports/[id]', '/api/imports/a%20b')).toEqual({ ok: true, value: { id: 'a b' } })
  })

  it('explains a path the file does not answer', () => {
    expect(matchRoute('/api/projects/[id]/archive', '/api/projects//archive')).toMatchObject({ ok: false })
    expect(matchRoute('/feed.xml', '/rss.xml')).toEqual({
      ok: false,
      error: 'This file answers /feed.xml, not /rss.xml.',
    })
  })
})

describe('initialInput', () => {
  it('starts from the target’s example request, caller and signing', () => {
    expect(initialInput(runTarget('stripe-webhook'))).toMatchObject({
      method: 'POST',
      path: '/api/webhooks/stripe',
      headersText: 'content-type: application/json',
      sign: true,
      session: '',
    })
    expect(initialInput(runTarget('change-status'))).toMatchObject({
      session: 'session-ada',
      fields: { projectId: 'p_notes', status: 'active' },
    })
  })
})
