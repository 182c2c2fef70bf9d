import { describe, expect, it } from 'vitest'
import { automaticAnswer, automaticAnswerNote, exportedMethods } from './next-route-methods'

const handler = () => new Response(null)

describe('what Next.js answers for a method a route.ts does not export', () => {
  it('lists the exported methods, ignoring other exports', () => {
    expect(exportedMethods({ POST: handler, GET: handler, config: {}, helper: handler })).toEqual([
      'GET',
      'POST',
    ])
  })

  it('answers GET on a POST-only file with a 405 and no Allow header, and says so in one line', () => {
    const answer = automaticAnswer(['POST'], 'GET')
    expect(answer).toEqual({
      kind: 'method-not-allowed',
      method: 'GET',
      exported: ['POST'],
      allow: 'OPTIONS, POST',
    })
    expect(automaticAnswerNote(answer!)).toBe(
      'This file exports only POST, so Next.js answered GET itself: 405 with no body and no Allow header ' +
        '(OPTIONS gets 204 with Allow: OPTIONS, POST).',
    )
    expect(automaticAnswer(['POST'], 'HEAD')).toMatchObject({ kind: 'method-not-allowed' })
  })

  it('answers OPTIONS with the Allow list, adding HEAD where GET is exported, and HEAD by running GET', () => {
    expect(automaticAnswer(['GET'], 'OPTIONS')).toMatchObject({
      kind: 'options',
      allow: 'GET, HEAD, OPTIONS',
    })
    expect(automaticAnswer(['GET', 'POST'], 'HEAD')).toMatchObject({ kind: 'head-runs-get' })
    expect(automaticAnswerNote(automaticAnswer(['GET', 'POST'], 'DELETE')!)).toContain(
      'This file exports only GET and POST, so Next.js answered DELETE itself',
    )
  })

  it('leaves an exported method to the file', () => {
    expect(automaticAnswer(['POST', 'OPTIONS'], 'OPTIONS')).toBeNull()
  })
})
