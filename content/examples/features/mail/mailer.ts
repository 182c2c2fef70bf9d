import { db, newId, type SentEmail } from '@/lib/db'

/**
 * The stand-in for a mail provider's API: it takes about as long as a real send (a second here) and
 * then records the message, which the fake provider's outbox shows at /fake-mail/outbox. A real app
 * calls its provider's client or HTTP API at this point.
 */
function mailLatencyMs(): number {
  return Number(process.env.FAKE_MAIL_LATENCY_MS ?? 1000)
}

export type OutgoingEmail = Pick<SentEmail, 'to' | 'subject' | 'text'>

export async function sendEmail(email: OutgoingEmail): Promise<SentEmail> {
  const latency = mailLatencyMs()
  if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency))
  const sent: SentEmail = { id: newId('mail'), ...email, sentAt: new Date().toISOString() }
  db().sentEmails.push(sent)
  return sent
}
