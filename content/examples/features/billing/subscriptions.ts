import { db, type Store } from '@/lib/db'

export type SubscriptionStatus = Store['subscriptions'][string]

export type SubscriptionChange =
  { ok: true; status: SubscriptionStatus } | { ok: false; reason: 'canceled_is_final'; message: string }

/**
 * The subscription rule, in one place for every entry point that changes a subscription: the billing
 * webhook of each router calls it (through applyBillingEvent), and so would an account page's
 * "Cancel subscription" action or an admin tool. A canceled subscription stays canceled, so a payment
 * event that arrives late, or out of order, cannot bring it back.
 */
export function changeSubscription(userId: string, to: SubscriptionStatus): SubscriptionChange {
  const subscriptions = db().subscriptions
  if (subscriptions[userId] === 'canceled' && to !== 'canceled') {
    const message = `The subscription of ${userId} is canceled and cannot become ${to}.`
    return { ok: false, reason: 'canceled_is_final', message }
  }
  subscriptions[userId] = to
  return { ok: true, status: to }
}
