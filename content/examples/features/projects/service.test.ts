import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb, type User } from '@/lib/db'
import { archiveProject, changeProjectStatus, createProject } from './service'

beforeEach(resetDb)

const user = (id: string): User => db().users.find((candidate) => candidate.id === id)!

describe('project status rule', () => {
  it('goes Draft → Active → Archived, and archived is final', () => {
    const ada = user('u_ada')
    expect(changeProjectStatus(ada, 'p_notes', 'active')).toMatchObject({
      ok: true,
      project: { status: 'active' },
    })
    expect(archiveProject(ada, 'p_notes')).toMatchObject({ ok: true, project: { status: 'archived' } })
    for (const to of ['draft', 'active', 'archived'] as const) {
      expect(changeProjectStatus(ada, 'p_notes', to)).toMatchObject({
        ok: false,
        reason: 'illegal_transition',
      })
    }
  })

  it('refuses to skip a step or to go back', () => {
    const ada = user('u_ada')
    expect(changeProjectStatus(ada, 'p_notes', 'archived')).toMatchObject({
      ok: false,
      reason: 'illegal_transition',
    })
    expect(changeProjectStatus(ada, 'p_engine', 'draft')).toMatchObject({
      ok: false,
      reason: 'illegal_transition',
    })
  })

  it('lets only the owner change a project, answering others as if it did not exist', () => {
    expect(changeProjectStatus(user('u_grace'), 'p_notes', 'active')).toEqual({
      ok: false,
      reason: 'not_found',
      message: 'No project p_notes of yours.',
    })
    expect(db().projects.find((project) => project.id === 'p_notes')?.status).toBe('draft')
  })

  it('creates new projects as drafts owned by the actor', () => {
    expect(createProject(user('u_grace'), 'Nanoseconds')).toMatchObject({
      ownerId: 'u_grace',
      status: 'draft',
    })
  })
})
