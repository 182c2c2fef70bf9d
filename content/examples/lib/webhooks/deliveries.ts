import { db } from '@/lib/db'

/**
 * Deliveries already taken, by provider and id. Providers retry until they get a 2xx, and send
 * the same id again when they do: a repeat is acknowledged and not handled twice.
 */

export type DeliveryOutcome = { received: true; duplicate?: true }

// #region record
/** Record a delivery once; a repeated id is acknowledged as a duplicate. */
export function recordDelivery(source: string, id: string, type: string): DeliveryOutcome {
  const store = db()
  const key = `${source}:${id}`
  if (store.webhookDeliveries.some((delivery) => delivery.id === key)) {
    return { received: true, duplicate: true }
  }
  store.webhookDeliveries.push({ id: key, source, type, receivedAt: new Date().toISOString() })
  // Slow work (builds, emails, calls back to the provider) goes on a queue from here.
  return { received: true }
}
// #endregion record
