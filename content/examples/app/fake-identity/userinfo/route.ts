import { db } from '@/lib/db'

// The fake identity provider's userinfo endpoint: who the bearer of an access token is.
export async function GET(request: Request) {
  const token = /^Bearer ([\w-]+)$/.exec(request.headers.get('authorization') ?? '')?.[1]
  const user = db().users.find((candidate) => candidate.id === (token && db().identityTokens[token]))
  if (!user) return Response.json({ error: 'invalid_token' }, { status: 401 })
  return Response.json({ sub: user.id, email: user.email, email_verified: true, name: user.name })
}
