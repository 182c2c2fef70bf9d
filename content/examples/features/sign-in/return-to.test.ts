import { describe, expect, it } from 'vitest'
import { defaultReturnTo, safeReturnTo } from './return-to'

describe('safeReturnTo', () => {
  it('keeps a path of this site, with its query', () => {
    expect(safeReturnTo('/members/roles')).toBe('/members/roles')
    expect(safeReturnTo('/projects?status=active')).toBe('/projects?status=active')
  })

  it.each([
    'https://evil.example/',
    '//evil.example/steal',
    '/\\evil.example',
    'javascript:alert(1)',
    'members',
    '/auth/sign-in',
    '/auth/callback?code=x',
    '',
    null,
    undefined,
  ])('sends %s to the default instead', (value) => {
    expect(safeReturnTo(value)).toBe(defaultReturnTo)
  })
})
