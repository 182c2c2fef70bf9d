import { describe, expect, it } from 'vitest'
import { snapshotOf, storeChanges } from './store-changes'

describe('storeChanges', () => {
  it('lists added, changed and removed records, strings and keyed entries', () => {
    const before = snapshotOf({
      projects: [
        { id: 'p_1', status: 'draft', name: 'A' },
        { id: 'p_2', status: 'active', name: 'B' },
      ],
      events: ['evt_1'],
      plans: { u_1: 'active' },
    })
    const after = snapshotOf({
      projects: [
        { id: 'p_1', status: 'active', name: 'A' },
        { id: 'p_3', status: 'draft', name: 'C' },
      ],
      events: ['evt_1', 'evt_2'],
      plans: { u_1: 'past_due' },
    })
    expect(storeChanges(before, after)).toEqual([
      { collection: 'projects', description: 'p_1: status draft → active' },
      { collection: 'projects', description: 'added {"id":"p_3","status":"draft","name":"C"}' },
      { collection: 'projects', description: 'removed p_2' },
      { collection: 'events', description: 'added evt_2' },
      { collection: 'plans', description: 'u_1: active → past_due' },
    ])
  })

  it('reports nothing for equal snapshots', () => {
    const store = { projects: [{ id: 'p_1' }], events: [] }
    expect(storeChanges(snapshotOf(store), snapshotOf(store))).toEqual([])
  })
})
