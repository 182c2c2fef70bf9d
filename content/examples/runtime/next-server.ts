import { recordCall } from './recorder'

// The rest of `next/server` is plain Web API code that runs anywhere: the real classes, by the paths
// next/server.js itself loads them from (the same in 15 and 16).
export { NextRequest } from 'next/dist/server/web/spec-extension/request'
export { NextResponse } from 'next/dist/server/web/spec-extension/response'

/**
 * Stand-in for `after` from `next/server` outside Next.js: records the call and keeps the task
 * instead of running it, as Next.js holds it until the response is sent. Tests run the kept tasks
 * with runAfterTasks() once they have the response, to see both moments apart.
 */
const pending: Array<() => unknown> = []

export function after(task: Promise<unknown> | (() => unknown)): void {
  recordCall('after')
  pending.push(typeof task === 'function' ? task : () => task)
}

/** Runs the tasks kept since the last call, in order, as Next.js does after the response. */
export async function runAfterTasks(): Promise<number> {
  const tasks = pending.splice(0)
  for (const task of tasks) await task()
  return tasks.length
}
