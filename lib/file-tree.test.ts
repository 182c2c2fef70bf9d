import { describe, expect, it } from 'vitest'
import { buildFileTree } from './file-tree'

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
