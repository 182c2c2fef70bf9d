import { describe, expect, it } from 'vitest'
import { changedPart } from './changed-part'

describe('changedPart', () => {
  it('points at the files when a name is given for the first time or changed', () => {
    expect(
      changedPart(
        { feature: null, deployment: 'node-server' },
        { feature: 'invites', deployment: 'node-server' },
      ),
    ).toBe('scaffold')
    expect(
      changedPart(
        { feature: 'invites', deployment: 'node-server' },
        { feature: 'project invites', deployment: 'serverless' },
      ),
    ).toBe('scaffold')
  })

  it('points at the deployment notes when only the deployment changed', () => {
    expect(
      changedPart(
        { feature: 'invites', deployment: 'node-server' },
        { feature: 'invites', deployment: 'static-export' },
      ),
    ).toBe('deployment-notes')
  })

  it('points at the name field when the name cannot be used', () => {
    expect(
      changedPart(
        { feature: null, deployment: 'node-server' },
        { feature: '   ', deployment: 'node-server' },
      ),
    ).toBe('feature-name')
    expect(
      changedPart(
        { feature: 'invites', deployment: 'node-server' },
        { feature: '招待', deployment: 'serverless' },
      ),
    ).toBe('feature-name')
  })

  it('points at the files when nothing changed (the reader asked to see them)', () => {
    expect(
      changedPart(
        { feature: 'invites', deployment: 'serverless' },
        { feature: 'invites', deployment: 'serverless' },
      ),
    ).toBe('scaffold')
  })
})
