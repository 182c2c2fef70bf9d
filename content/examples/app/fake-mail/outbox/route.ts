import { db } from '@/lib/db'

// Not part of your app: the fake mail provider's outbox, where you would look in its dashboard.
// ?to= narrows it to one recipient.
export async function GET(request: Request): Promise<Response> {
  const to = new URL(request.url).searchParams.get('to')
  const emails = db().sentEmails.filter((email) => to === null || email.to === to)
  return Response.json({ emails }, { headers: { 'Cache-Control': 'no-store' } })
}
