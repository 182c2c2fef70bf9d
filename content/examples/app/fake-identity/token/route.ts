import { redeemCode } from '@/features/fake-identity/codes'

// The fake identity provider's token endpoint: a form post from the app's server, answered in JSON
// the way OAuth 2 providers answer (RFC 6749, section 5).
export async function POST(request: Request) {
  const form = new URLSearchParams(await request.text())
  const redeemed = await redeemCode(form)
  const headers = { 'cache-control': 'no-store' }
  if (!redeemed.ok) {
    const status = redeemed.error === 'invalid_client' ? 401 : 400
    return Response.json(
      { error: redeemed.error, error_description: redeemed.description },
      { status, headers },
    )
  }
  return Response.json(
    { access_token: redeemed.accessToken, token_type: 'Bearer', expires_in: 600, scope: 'openid email' },
    { headers },
  )
}
