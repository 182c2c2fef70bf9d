import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { featureName } from '../../result-tools/feature-name.test-helper'
import { fillTemplate } from '../../scaffold/fill'
import { loadScaffoldTemplates } from './template-library'

describe('loadScaffoldTemplates', () => {
  it('leaves the `// #region` markers that cut snippets out of the reader’s files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scaffold-'))
    mkdirSync(path.join(dir, 'app'))
    writeFileSync(
      path.join(dir, 'app/route.ts'),
      'export function GET() {\n  // #region verify\n  const project = 1\n  // #endregion verify\n  return project\n}\n',
    )
    const templates = loadScaffoldTemplates(['app/route.ts'], 'project', dir)
    const filled = fillTemplate(templates['app/route.ts']!.parts, featureName('invites'))
    expect(filled).toBe('export function GET() {\n  const invite = 1\n  return invite\n}\n')
  })
})
