import type { NextApiRequest, NextApiResponse } from 'next'
import { profileSchema } from '@/features/settings/validation'
import { sessionCookie, userFromSession } from '@/lib/auth'
import { fieldErrors } from '@/lib/http'
import { refuseCrossSiteMutation, webHeaders } from '@/lib/same-origin'

// The Pages Router has no Server Actions, so our settings form posts its JSON here. Only our pages
// call it, yet it is a public URL: it checks the method, the origin, the session and the input itself.
export default function handler(request: NextApiRequest, response: NextApiResponse) {
  const method = request.method ?? 'GET'
  if (method !== 'POST') {
    response.setHeader('Allow', 'POST')
    return response.status(405).json({ error: 'method_not_allowed', message: 'Use POST.' })
  }
  // The browser sends the session cookie with a post from any site, and Next.js checks the origin
  // only for Server Actions: refuse another site's form before reading the body.
  const refusal = refuseCrossSiteMutation({
    method,
    headers: webHeaders(request.headers),
    url: request.url ?? '/',
  })
  if (refusal) {
    for (const [name, value] of Object.entries(refusal.headers)) response.setHeader(name, value)
    return response.status(refusal.status).json({ error: refusal.error, message: refusal.message })
  }

  // The user comes from the session, never from the body: a form can only change its own profile.
  const user = userFromSession(request.cookies[sessionCookie])
  if (!user) {
    const message = 'Your session has ended. Sign in again.'
    return response.status(401).json({ error: 'unauthorized', message })
  }
  // The body parser has already turned the JSON into an object; the schema says what it may hold.
  const parsed = profileSchema.safeParse(request.body)
  if (!parsed.success) {
    return response.status(422).json({
      error: 'invalid_body',
      message: 'Check the highlighted fields.',
      fields: fieldErrors(parsed.error),
    })
  }
  user.name = parsed.data.name
  user.email = parsed.data.email
  return response.status(200).json({ message: 'Profile saved.', profile: parsed.data })
}
