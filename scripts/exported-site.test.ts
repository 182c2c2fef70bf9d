import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { listPagePaths, resolveToFile, urlPathOf } from './exported-site'
import { writeSite } from './test/write-site.test-helper'

describe('resolving paths the way a static host does', () => {
  let root: string
  beforeEach(() => {
    root = writeSite({ 'index.html': '', 'guide/index.html': '', 'feed.xml': '', 'plain.html': '' })
  })

  it('maps folders to their index.html, with or without the trailing slash', () => {
    expect(resolveToFile(root, '/guide/')).toBe(join(root, 'guide/index.html'))
    expect(resolveToFile(root, '/guide')).toBe(join(root, 'guide/index.html'))
    expect(resolveToFile(root, '/plain')).toBe(join(root, 'plain.html'))
    expect(resolveToFile(root, '/feed.xml')).toBe(join(root, 'feed.xml'))
    expect(resolveToFile(root, '/missing/')).toBeNull()
  })

  it('names pages by the URL they are served at', () => {
    expect(urlPathOf(root, join(root, 'guide/index.html'))).toBe('/guide/')
    expect(urlPathOf(root, join(root, 'index.html'))).toBe('/')
    expect(urlPathOf(root, join(root, 'plain.html'))).toBe('/plain.html')
  })

  it('lists each readable page once', () => {
    const site = writeSite({ 'index.html': '', '404.html': '', '404/index.html': '', 'guide/index.html': '' })
    expect(listPagePaths(site)).toEqual(['/404.html', '/guide/', '/'])
  })
})
