import { describe, expect, it } from 'vitest'
import { isDeploymentId } from './deployment'
import { deploymentNotes } from './deployment-notes'

describe('deploymentNotes', () => {
  it('says which boundaries a static export cannot have, with the docs to read', () => {
    const notes = deploymentNotes('static-export', ['service', 'server-action', 'route-handler'])
    expect(notes.map((note) => [note.boundary, note.available])).toEqual([
      ['service', true],
      ['server-action', false],
      ['route-handler', false],
    ])
    expect(notes[1]!.note).toContain('not supported in a static export')
    expect(notes[1]!.docs).toBe('https://nextjs.org/docs/app/guides/static-exports')
    expect(deploymentNotes('static-export', ['api-route'])[0]!.docs).toBe(
      'https://nextjs.org/docs/pages/guides/static-exports',
    )
  })

  it('has nothing to add for a server or serverless deployment', () => {
    expect(deploymentNotes('node-server', ['server-action'])).toEqual([])
    expect(deploymentNotes('serverless', ['route-handler'])).toEqual([])
  })

  it('accepts only known deployment ids from a URL', () => {
    expect(isDeploymentId('static-export')).toBe(true)
    expect(isDeploymentId('<script>')).toBe(false)
    expect(isDeploymentId(undefined)).toBe(false)
  })
})
