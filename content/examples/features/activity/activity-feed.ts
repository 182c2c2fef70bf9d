import { db, type ActivityEvent } from '@/lib/db'

/**
 * Each user's activity feed, and who is listening to it right now. The listeners stand in for a
 * pub/sub channel (Redis, Postgres LISTEN/NOTIFY, a hosted one): here they live in this process,
 * so a real app with more than one server instance publishes through a shared service instead.
 */

/** Each open stream holds a connection and a subscription: a few tabs, not a thousand requests. */
export const maxStreamsPerUser = 5

type Listener = (event: ActivityEvent) => void

const key = Symbol.for('next-boundaries.examples.activity-listeners')
type WithListeners = typeof globalThis & { [key]?: Map<string, Set<Listener>> }

function listenersOf(ownerId: string): Set<Listener> {
  const holder = globalThis as WithListeners
  const all = (holder[key] ??= new Map())
  let listeners = all.get(ownerId)
  if (!listeners) all.set(ownerId, (listeners = new Set()))
  return listeners
}

/** Appends an event to the owner's feed and hands it to every open stream of that owner. */
export function recordActivity(ownerId: string, text: string, now = new Date()): ActivityEvent {
  const events = db().activity
  const event = { id: (events.at(-1)?.id ?? 0) + 1, ownerId, at: now.toISOString(), text }
  events.push(event)
  for (const listener of listenersOf(ownerId)) listener(event)
  return event
}

/** The owner's events after `lastId`, oldest first, at most `limit` (the newest ones). */
export function activityAfter(ownerId: string, lastId: number, limit = 50): ActivityEvent[] {
  return db()
    .activity.filter((event) => event.ownerId === ownerId && event.id > lastId)
    .slice(-limit)
}

/** Calls `listener` with each new event of the owner until the returned function is called. */
export function subscribeToActivity(ownerId: string, listener: Listener): () => void {
  const listeners = listenersOf(ownerId)
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** How many streams of this owner are open: each holds a connection and a subscription. */
export function openStreamsOf(ownerId: string): number {
  return listenersOf(ownerId).size
}
