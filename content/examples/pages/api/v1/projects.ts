import type { NextApiRequest, NextApiResponse } from 'next'
import { listProjectsOf } from '@/features/projects/queries'
import { createProject } from '@/features/projects/service'
import { newProjectSchema, statusFilterSchema } from '@/features/projects/validation'
import { callerFromAuthorization, sessionCookie, userFromSession } from '@/lib/auth'
import { fieldErrors } from '@/lib/http'
import { refuseCrossSiteMutation, webHeaders } from '@/lib/same-origin'

// The Pages Router's endpoint for our own pages and the mobile app. One default
// export answers every method, so it checks the method itself. The rules stay in the
// queries and the service that the App Router's entry points call too. (Under /v1
// because app/api/projects already answers /api/projects: one URL cannot have both a
// Route Handler and an API Route.)
export default function handler(request: NextApiRequest, response: NextApiResponse) {
  const method = request.method ?? 'GET'
  if (method !== 'GET' && method !== 'POST') {
    response.setHeader('Allow', 'GET, POST')
    const message = 'Use GET or POST.'
    return response.status(405).json({ error: 'method_not_allowed', message })
  }
  // The browser sends the session cookie with a post from any site; Next.js checks the
  // origin only for Server Actions, so this route does it before reading the body.
  const headers = webHeaders(request.headers)
  const refusal = refuseCrossSiteMutation({ method, headers, url: request.url ?? '/' })
  if (refusal) {
    for (const [name, value] of Object.entries(refusal.headers)) {
      response.setHeader(name, value)
    }
    const { error, message } = refusal
    return response.status(refusal.status).json({ error, message })
  }

  const user =
    userFromSession(request.cookies[sessionCookie]) ??
    callerFromAuthorization(request.headers.authorization, 'mobile')?.user
  if (!user) {
    response.setHeader('WWW-Authenticate', 'Bearer')
    const message = 'Sign in, or send Authorization: Bearer <mobile token>.'
    return response.status(401).json({ error: 'unauthorized', message })
  }
  if (method === 'GET') {
    const status = statusFilterSchema.safeParse(request.query.status)
    if (!status.success) {
      const message = 'status must be draft, active or archived.'
      return response.status(400).json({ error: 'invalid_status', message })
    }
    return response.status(200).json({ projects: listProjectsOf(user.id, status.data) })
  }
  // The default body parser has already turned the JSON body into an object.
  const parsed = newProjectSchema.safeParse(request.body)
  if (!parsed.success) {
    return response.status(422).json({
      error: 'invalid_body',
      message: 'Some fields are invalid.',
      fields: fieldErrors(parsed.error),
    })
  }
  return response.status(201).json(createProject(user, parsed.data.name))
}
