import { describe, expect, it } from 'vitest'
import { basePath, siteAddress, withBasePath, withoutBasePath } from './base-path'

describe('the base path', () => {
  it('is empty when the site is built for the root (as in the unit tests)', () => {
    expect(basePath).toBe('')
    expect(withBasePath('/decide/')).toBe('/decide/')
    expect(withoutBasePath('/decide/x/')).toBe('/decide/x/')
  })

  it('puts the prefix in front of a site path, and only of a site path', () => {
    expect(withBasePath('/decide/', '/docs/nb')).toBe('/docs/nb/decide/')
    expect(withBasePath('/', '/docs/nb')).toBe('/docs/nb/')
    expect(() => withBasePath('decide/', '/docs/nb')).toThrow('not a site path')
  })

  it('takes the prefix off an address the browser shows, or says it lies outside', () => {
    expect(withoutBasePath('/docs/nb/decide/a/', '/docs/nb')).toBe('/decide/a/')
    expect(withoutBasePath('/docs/nb', '/docs/nb')).toBe('/')
    expect(withoutBasePath('/docs/nb/', '/docs/nb')).toBe('/')
    expect(withoutBasePath('/docs/nbx/decide/', '/docs/nb')).toBeNull()
    expect(withoutBasePath('/decide/', '/docs/nb')).toBeNull()
  })

  it('makes the public address from the host’s, given with or without the prefix', () => {
    expect(siteAddress('https://example.org/', '')).toBe('https://example.org')
    expect(siteAddress('https://example.org', '/docs/nb')).toBe('https://example.org/docs/nb')
    expect(siteAddress('https://example.org/docs/nb/', '/docs/nb')).toBe('https://example.org/docs/nb')
  })
})
