import { issueCode, registeredClient } from '@/features/fake-identity/codes'
import { db } from '@/lib/db'
import { siteOrigin } from '@/lib/site-origin'
import { escapeXml as escapeHtml } from '@/lib/xml'

// The fake identity provider's sign-in screen. A real provider asks for a password here; this one
// lists the seeded users, or signs in the one named by login_hint straight away.
export async function GET(request: Request) {
  const url = new URL(request.url)
  const params = url.searchParams
  const redirectUri = params.get('redirect_uri') ?? ''
  const registered = new URL(registeredClient.redirectPath, siteOrigin(request)).href
  if (params.get('client_id') !== registeredClient.id || redirectUri !== registered) {
    // Never redirect to an address the client did not register.
    return new Response('Unknown client or redirect_uri.', { status: 400 })
  }
  const challenge = params.get('code_challenge')
  if (
    params.get('response_type') !== 'code' ||
    !challenge ||
    params.get('code_challenge_method') !== 'S256'
  ) {
    return new Response('This provider needs response_type=code and an S256 code_challenge.', { status: 400 })
  }

  const user = db().users.find((candidate) => candidate.email === params.get('login_hint'))
  if (!user) {
    const links = db().users.map((person) => {
      const choice = new URL(url)
      choice.searchParams.set('login_hint', person.email)
      return `<li><a href="${escapeHtml(choice.pathname + choice.search)}">Continue as ${escapeHtml(person.name)}</a></li>`
    })
    const page = `<!doctype html><title>Fake identity provider</title><h1>Sign in</h1><ul>${links.join('')}</ul>`
    return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } })
  }

  const back = new URL(redirectUri)
  back.searchParams.set('code', issueCode({ redirectUri, codeChallenge: challenge, userId: user.id }))
  back.searchParams.set('state', params.get('state') ?? '')
  return Response.redirect(back, 302)
}
