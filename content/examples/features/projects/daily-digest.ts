import 'server-only'
import { sendEmail } from '@/features/mail/mailer'
import { db } from '@/lib/db'

/**
 * The daily digest: one email to each member with projects, counting them by status. Sending it twice
 * sends everyone two emails, so whoever starts it claims a run key first
 * (app/api/cron/daily-digest/route.ts).
 */
export async function sendDailyDigests(now: Date): Promise<{ sent: number }> {
  const day = now.toISOString().slice(0, 10)
  const { users, projects } = db()
  const members = users.filter((user) => projects.some((project) => project.ownerId === user.id))
  await Promise.all(
    members.map((user) => {
      const own = projects.filter((project) => project.ownerId === user.id)
      const count = (status: string) => own.filter((project) => project.status === status).length
      return sendEmail({
        to: user.email,
        subject: `Your projects on ${day}`,
        text: `${count('active')} active, ${count('draft')} draft, ${count('archived')} archived.`,
      })
    }),
  )
  return { sent: members.length }
}
