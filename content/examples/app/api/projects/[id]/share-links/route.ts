import { after } from 'next/server'
import { z } from 'zod'
import { sendEmail } from '@/features/mail/mailer'
import { projectIdSchema } from '@/features/projects/validation'
import { getTokenCaller } from '@/lib/auth'
import { db, newId, type ShareLink } from '@/lib/db'
import { jsonError, readJson, validationError } from '@/lib/http'

const shareSchema = z.object({ email: z.email('Enter an email address like name@example.com') })
const week = 7 * 24 * 60 * 60 * 1000

// The mobile app shares a project: the link is made and returned at once, and the email that tells
// the recipient about it goes out after the response, so the app never waits for the mail provider.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const caller = getTokenCaller(request, 'mobile')
  if (!caller) {
    return jsonError(401, 'unauthorized', 'Send a mobile token: Authorization: Bearer <token>.', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    })
  }
  const id = projectIdSchema.safeParse((await params).id)
  const project = db().projects.find((candidate) => id.success && candidate.id === id.data)
  // Another user's project answers like a missing one.
  if (!project || project.ownerId !== caller.user.id) {
    return jsonError(404, 'not_found', 'No such project of yours.')
  }
  const body = await readJson(request)
  if (body === undefined) return jsonError(400, 'invalid_json', 'The body must be JSON.')
  const parsed = shareSchema.safeParse(body)
  if (!parsed.success) return validationError(parsed.error)

  const link: ShareLink = {
    id: newId('sl'),
    projectId: project.id,
    expiresAt: new Date(Date.now() + week).toISOString(),
  }
  db().shareLinks.push(link)
  // The page behind the link is not part of this example.
  const url = new URL(`/shared/${link.id}`, request.url).href

  // #region after
  // Runs once the response below has been sent. Read everything it needs now, from the request.
  const sharer = caller.user.name
  after(async () => {
    await sendEmail({
      to: parsed.data.email,
      subject: `${sharer} shared “${project.name}” with you`,
      text: `Open it until ${link.expiresAt.slice(0, 10)}: ${url}`,
    })
  })
  // #endregion after
  return Response.json({ ...link, url }, { status: 201 })
}
