import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb, type User } from '@/lib/db'
import { archiveProject, changeProjectStatus, createProject, removeExpiredShareLinks } from './service'

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

describe('the nightly clean-up of share links', () => {
  const ids = () => db().shareLinks.map((link) => link.id)

  it('deletes the links that expired before now, names them, and keeps the rest', () => {
    expect(removeExpiredShareLinks(new Date('2026-12-01T00:00:00Z'))).toEqual({
      removed: ['sl_engine_review'],
    })
    expect(ids()).toEqual(['sl_compiler_demo'])
  })

  it('is safe to run twice: the second run finds nothing', () => {
    const night = new Date('2026-12-01T00:00:00Z')
    removeExpiredShareLinks(night)
    expect(removeExpiredShareLinks(night)).toEqual({ removed: [] })
    expect(ids()).toEqual(['sl_compiler_demo'])
  })

  it('keeps a link until the moment it expires', () => {
    expect(removeExpiredShareLinks(new Date('2026-01-22T08:59:59.999Z'))).toEqual({ removed: [] })
    expect(removeExpiredShareLinks(new Date('2026-01-22T09:00:00.000Z'))).toEqual({
      removed: ['sl_engine_review'],
    })
  })
})
