import { describe, expect, it } from 'vitest'
import { checkBasePath, checkExportDir } from './base-path.mjs'

describe('BASE_PATH', () => {
  it('is empty for the root, or a path with a leading and no trailing slash', () => {
    expect(checkBasePath(undefined)).toBe('')
    expect(checkBasePath('')).toBe('')
    expect(checkBasePath('/docs')).toBe('/docs')
    expect(checkBasePath('/docs/next-boundaries')).toBe('/docs/next-boundaries')
    expect(checkBasePath('/my_site.v2')).toBe('/my_site.v2')
  })

  it('stops the build with a message that names the value and what is wrong', () => {
    expect(() => checkBasePath('docs')).toThrow(
      'BASE_PATH="docs" is not a sub-path to publish under: it must start with "/"',
    )
    expect(() => checkBasePath('/docs/')).toThrow('must not end with "/"')
    expect(() => checkBasePath('/')).toThrow('must not end with "/"')
    for (const bad of ['/docs//site', '/my docs', '/docs?x', '/docs#x', '/d%20s', '/docs/..', '/./docs']) {
      expect(() => checkBasePath(bad), bad).toThrow('plain URL path characters')
    }
  })
})

describe('EXPORT_DIR', () => {
  it('is unset for out/, or a folder inside the project', () => {
    expect(checkExportDir(undefined)).toBeUndefined()
    expect(checkExportDir('')).toBeUndefined()
    expect(checkExportDir('tests/artifacts/site')).toBe('tests/artifacts/site')
  })

  it('refuses a folder outside the project, or .next', () => {
    for (const bad of ['/tmp/site', '../site', 'a/../../site', '.next', '.next/', '.', 'C:/site']) {
      expect(() => checkExportDir(bad), bad).toThrow('EXPORT_DIR=')
    }
  })
})
