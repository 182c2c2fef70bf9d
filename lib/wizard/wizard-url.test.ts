import { describe, expect, it } from 'vitest'
import {
  answerAnchor,
  answerGivenBefore,
  decodeWizardPath,
  wizardAnswerHref,
  wizardHref,
  wizardRoute,
} from './wizard-url'

describe('wizard URLs', () => {
  it('encodes answers as readable slug segments with a trailing slash', () => {
    expect(wizardHref([])).toBe('/decide/')
    expect(wizardHref(['app-router', 'page-needs-data'])).toBe('/decide/app-router/page-needs-data/')
  })

  it('decodes what it encodes, with or without the trailing slash', () => {
    const answers = ['app-router', 'our-interface-changes-data']
    expect(decodeWizardPath(wizardHref(answers))).toEqual({ ok: true, answers })
    expect(decodeWizardPath('/decide/app-router')).toEqual({ ok: true, answers: ['app-router'] })
    expect(decodeWizardPath('/decide')).toEqual({ ok: true, answers: [] })
  })

  it('stops at a segment that cannot be a slug and keeps the readable ones before it', () => {
    expect(decodeWizardPath('/decide/app-router/..%2F..%2Fetc/x/')).toEqual({
      ok: false,
      answers: ['app-router'],
      badSegment: '../../etc',
    })
    expect(decodeWizardPath('/decide/%3Cscript%3E/')).toEqual({
      ok: false,
      answers: [],
      badSegment: '<script>',
    })
    expect(decodeWizardPath('/decide/%E0%A4%A/')).toEqual({ ok: false, answers: [], badSegment: '%E0%A4%A' })
    expect(decodeWizardPath('/decide/App-Router/')).toEqual({
      ok: false,
      answers: [],
      badSegment: 'App-Router',
    })
    expect(decodeWizardPath('/decidex/')).toMatchObject({ ok: false })
    expect(decodeWizardPath('/guide/')).toMatchObject({ ok: false })
  })

  it('points at one answer of a step with a fragment, leaving the path as it is', () => {
    expect(answerAnchor('page-needs-data')).toBe('answer-page-needs-data')
    expect(wizardAnswerHref(['app-router'], 'page-needs-data')).toBe(
      '/decide/app-router/#answer-page-needs-data',
    )
    expect(wizardAnswerHref([], 'app-router')).toBe('/decide/#answer-app-router')
  })

  it('reads the answer given before back from the fragment, and nothing else', () => {
    expect(answerGivenBefore('#answer-page-needs-data')).toBe('page-needs-data')
    expect(answerGivenBefore('')).toBeNull()
    expect(answerGivenBefore('#answer-')).toBeNull()
    expect(answerGivenBefore('#main-content')).toBeNull()
    expect(answerGivenBefore('#answer-%3Cb%3E')).toBeNull()
    expect(answerGivenBefore('#answer-%E0%A4%A')).toBeNull()
  })

  it('names the route Nextra matches a step by: the path without its trailing slash', () => {
    expect(wizardRoute([])).toBe('/decide')
    expect(wizardRoute(['app-router', 'page-needs-data'])).toBe('/decide/app-router/page-needs-data')
  })
})
