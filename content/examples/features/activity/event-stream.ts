import type { ActivityEvent } from '@/lib/db'
import { activityAfter, subscribeToActivity } from './activity-feed'

/**
 * The server-sent events stream of one user's activity, in the text/event-stream format that the
 * browser's EventSource reads: `id:` and `data:` lines per event, a blank line after each.
 */

export const streamTiming = {
  /** A comment line this often keeps proxies and load balancers from closing an idle stream. */
  heartbeatMs: 15_000,
  /** How long EventSource waits before it reconnects (sent once, in a `retry:` line). */
  reconnectMs: 3_000,
  /** The stream ends itself before a serverless time limit would cut it; EventSource reconnects. */
  lifetimeMs: 60_000,
}

const encoder = new TextEncoder()

/** One event: EventSource hands `data` to onmessage and sends `id` back as Last-Event-ID. */
export function eventLines(event: ActivityEvent): string {
  const data = JSON.stringify({ id: event.id, at: event.at, text: event.text })
  return `id: ${event.id}\ndata: ${data}\n\n`
}

// #region stream
/** Events after `lastId`, then each new one, until the reader leaves (`signal`) or time is up. */
export function activityEventStream(
  ownerId: string,
  lastId: number,
  signal: AbortSignal,
  timing = streamTiming,
): ReadableStream<Uint8Array> {
  let stop = () => {}
  return new ReadableStream({
    start(controller) {
      let sentId = lastId
      const send = (text: string) => controller.enqueue(encoder.encode(text))
      const deliver = (event: ActivityEvent) => {
        if (event.id <= sentId) return
        sentId = event.id
        send(eventLines(event))
      }
      send(`retry: ${timing.reconnectMs}\n\n`)
      // Subscribe before replaying, so an event recorded in between is not lost.
      const unsubscribe = subscribeToActivity(ownerId, deliver)
      for (const event of activityAfter(ownerId, lastId)) deliver(event)
      const heartbeat = setInterval(() => send(': heartbeat\n\n'), timing.heartbeatMs)
      const lifetime = setTimeout(() => {
        stop()
        controller.close()
      }, timing.lifetimeMs)
      stop = () => {
        clearInterval(heartbeat)
        clearTimeout(lifetime)
        unsubscribe()
      }
      // The reader closed the tab or called close(): stop the timers and leave the channel.
      if (signal.aborted) stop()
      signal.addEventListener('abort', () => stop(), { once: true })
    },
    cancel() {
      stop()
    },
  })
}
// #endregion stream
