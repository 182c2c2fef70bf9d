import { describe, expect, it } from 'vitest'
import { buildFileTree, fileTreeRoles } from './file-tree'

describe('buildFileTree', () => {
  it('nests paths into folders, folders first, keeping each file’s role', () => {
    expect(
      buildFileTree([
        { path: 'features/projects/service.ts', role: 'the rule' },
        { path: 'app/api/projects/route.ts', role: 'the handler' },
        { path: 'features/projects/queries.ts' },
      ]),
    ).toEqual([
      {
        name: 'app',
        children: [
          {
            name: 'api',
            children: [
              { name: 'projects', children: [{ name: 'route.ts', role: 'the handler', children: [] }] },
            ],
          },
        ],
      },
      {
        name: 'features',
        children: [
          {
            name: 'projects',
            children: [
              { name: 'queries.ts', children: [] },
              { name: 'service.ts', role: 'the rule', children: [] },
            ],
          },
        ],
      },
    ])
  })
})

describe('fileTreeRoles', () => {
  it('gives each file’s path and role back from the tree', () => {
    const files = [
      { path: 'features/projects/service.ts', role: 'the rule' },
      { path: 'app/api/projects/route.ts', role: 'the handler' },
      { path: 'features/projects/queries.ts' },
    ]
    expect(fileTreeRoles(buildFileTree(files))).toEqual({
      'app/api/projects/route.ts': 'the handler',
      'features/projects/service.ts': 'the rule',
    })
  })
})
