/**
 * The difference between two snapshots of the example store, in words a reader can scan:
 * "projects: p_notes changed status draft → active". Collections are arrays of records with an id,
 * arrays of strings, or records keyed by id.
 */

export type StoreChange = { collection: string; description: string }

type Snapshot = Record<string, unknown>

export function snapshotOf<T extends object>(store: T): Snapshot {
  return JSON.parse(JSON.stringify(store)) as Snapshot
}

function keyed(collection: unknown): Map<string, unknown> {
  if (Array.isArray(collection)) {
    return new Map(
      collection.map((entry, index) => {
        if (typeof entry === 'string') return [entry, entry]
        const id = (entry as { id?: unknown }).id
        return [typeof id === 'string' ? id : String(index), entry]
      }),
    )
  }
  return new Map(Object.entries((collection ?? {}) as Record<string, unknown>))
}

function describe(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

export function storeChanges(before: Snapshot, after: Snapshot): StoreChange[] {
  const changes: StoreChange[] = []
  for (const collection of Object.keys(after)) {
    const old = keyed(before[collection])
    const now = keyed(after[collection])
    for (const [id, value] of now) {
      const previous = old.get(id)
      if (previous === undefined) {
        changes.push({ collection, description: `added ${describe(value)}` })
      } else if (JSON.stringify(previous) !== JSON.stringify(value)) {
        changes.push({ collection, description: `${id}: ${fieldChanges(previous, value)}` })
      }
    }
    for (const id of old.keys()) {
      if (!now.has(id)) changes.push({ collection, description: `removed ${id}` })
    }
  }
  return changes
}

function fieldChanges(before: unknown, after: unknown): string {
  if (typeof before !== 'object' || typeof after !== 'object' || !before || !after) {
    return `${describe(before)} → ${describe(after)}`
  }
  const old = before as Record<string, unknown>
  const now = after as Record<string, unknown>
  return Object.keys(now)
    .filter((field) => JSON.stringify(old[field]) !== JSON.stringify(now[field]))
    .map((field) => `${field} ${describe(old[field])} → ${describe(now[field])}`)
    .join(', ')
}
