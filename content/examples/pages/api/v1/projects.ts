import type { NextApiRequest, NextApiResponse } from 'next'
import { listProjectsOf } from '@/features/projects/queries'
import { createProject } from '@/features/projects/service'
import { newProjectSchema, statusFilterSchema } from '@/features/projects/validation'
import { callerFromAuthorization, sessionCookie, userFromSession } from '@/lib/auth'
import { fieldErrors } from '@/lib/http'

// The Pages Router's endpoint for our own pages and the mobile app: one default export answers every
// method, so it checks the method itself. The rules stay in the queries and the service that the App
// Router's entry points call too. (Under /v1 because app/api/projects already answers /api/projects:
// one URL cannot have both a Route Handler and an API Route.)
export default function handler(request: NextApiRequest, response: NextApiResponse) {
  const user =
    userFromSession(request.cookies[sessionCookie]) ??
    callerFromAuthorization(request.headers.authorization, 'mobile')?.user
  if (!user) {
    response.setHeader('WWW-Authenticate', 'Bearer')
    return response
      .status(401)
      .json({ error: 'unauthorized', message: 'Sign in, or send Authorization: Bearer <mobile token>.' })
  }
  if (request.method === 'GET') {
    const status = statusFilterSchema.safeParse(request.query.status)
    if (!status.success) {
      return response
        .status(400)
        .json({ error: 'invalid_status', message: 'status must be draft, active or archived.' })
    }
    return response.status(200).json({ projects: listProjectsOf(user.id, status.data) })
  }
  if (request.method === 'POST') {
    // The default body parser has already turned a JSON body into an object.
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
  response.setHeader('Allow', 'GET, POST')
  return response.status(405).json({ error: 'method_not_allowed', message: 'Use GET or POST.' })
}
