import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { browsePageSize, browseProjects } from './browse-queries'

beforeEach(resetDb)

const ids = (result: ReturnType<typeof browseProjects>) => result.projects.map((project) => project.id)
const all = { q: '', status: 'all', page: 1 } as const

describe('browseProjects', () => {
  it('lists public projects in name order, one page at a time, never drafts', () => {
    expect(browsePageSize).toBe(2)
    expect(browseProjects(all)).toMatchObject({ total: 3, page: 1, pageCount: 2 })
    expect(ids(browseProjects(all))).toEqual(['p_compiler', 'p_engine'])
    expect(ids(browseProjects({ ...all, page: 2 }))).toEqual(['p_cobol'])
  })

  it('filters by a case-insensitive part of the name and by status', () => {
    expect(ids(browseProjects({ ...all, q: 'ENGINE' }))).toEqual(['p_engine'])
    expect(ids(browseProjects({ ...all, status: 'archived' }))).toEqual(['p_cobol'])
    expect(browseProjects({ ...all, q: 'notes' }).total).toBe(0)
  })

  it('shows the last page for a page past the end, and one empty page when nothing matches', () => {
    expect(browseProjects({ ...all, page: 40 })).toMatchObject({ page: 2, pageCount: 2 })
    expect(browseProjects({ ...all, q: 'zzz' })).toMatchObject({ projects: [], page: 1, pageCount: 1 })
  })

  it('reads the store on every call, so a new project shows at once', () => {
    db().projects.push({
      id: 'p_loom',
      ownerId: 'u_ada',
      name: 'Jacquard Loom',
      status: 'active',
      updatedAt: '2026-02-01T00:00:00.000Z',
    })
    expect(ids(browseProjects({ ...all, q: 'loom' }))).toEqual(['p_loom'])
  })
})
