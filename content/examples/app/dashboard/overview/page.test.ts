import { isValidElement, Suspense, type ReactElement, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readLatencyMs } from '@/features/overview/queries'
import type { Project } from '@/lib/db'
import { resetDb } from '@/lib/db'
import { setRequestCookies } from '@/runtime/recorder'
import { signedInAda } from '@/tests/requests'
import OverviewPage from './page'
import { RecentUpdates } from './recent-updates'

beforeEach(() => {
  resetDb()
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

/** Whether a promise has settled yet, read after moving the fake clock. */
function watch<T>(promise: Promise<T>) {
  const state = { settled: false }
  void promise.then(() => (state.settled = true))
  return state
}

/** The first element of the given type in a rendered tree. */
function findElement(node: ReactNode, type: unknown): ReactElement<Record<string, unknown>> | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findElement(child, type)
      if (found) return found
    }
    return undefined
  }
  if (!isValidElement<{ children?: ReactNode }>(node)) return undefined
  if (node.type === type) return node as ReactElement<Record<string, unknown>>
  return findElement(node.props.children, type)
}

const firstReads = Math.max(readLatencyMs.counts, readLatencyMs.billing, readLatencyMs.imports)

describe('the dashboard overview', () => {
  it('asks a visitor without a session to sign in, and reads nothing', async () => {
    setRequestCookies({})
    const html = renderToStaticMarkup(await OverviewPage())
    expect(html).toBe('<p>Sign in to see your overview.</p>')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('waits for the slowest of its first reads, not for their sum', async () => {
    setRequestCookies(signedInAda)
    const page = watch(OverviewPage())
    await vi.advanceTimersByTimeAsync(firstReads - 1)
    expect(page.settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(page.settled).toBe(true)
  })

  it('starts the streamed read together with the others and renders it inside <Suspense>', async () => {
    setRequestCookies(signedInAda)
    const rendering = OverviewPage()
    await vi.advanceTimersByTimeAsync(firstReads)
    const tree = await rendering

    const boundary = findElement(tree, Suspense)
    expect(renderToStaticMarkup(boundary!.props.fallback as ReactNode)).toBe('<p>Loading recent updates…</p>')
    const streamed = findElement(boundary!.props.children as ReactNode, RecentUpdates)
    const projects = streamed!.props.projects as Promise<Project[]>

    // Started with the others, the slow read ends when its own time is up, not that much later.
    const recent = watch(projects)
    await vi.advanceTimersByTimeAsync(readLatencyMs.recentUpdates - firstReads - 1)
    expect(recent.settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(recent.settled).toBe(true)

    const html = renderToStaticMarkup(await RecentUpdates({ projects }))
    expect(html).toContain('Analytical Engine: active')
    expect(html).not.toContain('A-0 Compiler')
  })

  it('shows the counts, the subscription and the running imports of the signed-in user', async () => {
    setRequestCookies(signedInAda)
    const rendering = OverviewPage()
    await vi.advanceTimersByTimeAsync(firstReads)
    const html = renderToStaticMarkup(findElement(await rendering, 'dl'))
    expect(html).toBe(
      '<dl><dt>Projects</dt><dd>1 active, 1 draft, 0 archived</dd><dt>Subscription</dt><dd>active</dd>' +
        '<dt>Imports running</dt><dd>1</dd></dl>',
    )
  })
})
