import { realtimeSecret, verifyChannelToken } from '../features/realtime/channel-token'

/**
 * The realtime server's side, a separate process (a Node server with a WebSocket library, or a
 * hosted realtime service): it holds the sockets and lets a browser in only with a token the
 * Next.js app signed, for the channel in the address. A browser's WebSocket cannot send headers,
 * so the token comes in the URL: wss://realtime.example.com/channels/project%3Ap_engine?token=…
 */

type Accepted = { accept: true; userId: string; channel: string }
type Refused = { accept: false; status: 401 | 403; reason: string }
export type Handshake = Accepted | Refused

// #region handshake
/** Called with the upgrade request's URL before the server accepts the WebSocket. */
export async function checkHandshake(
  url: string,
  secret = realtimeSecret(),
  now = Date.now(),
): Promise<Handshake> {
  const { pathname, searchParams } = new URL(url)
  const channel = decodeURIComponent(pathname.replace(/^\/channels\//, ''))
  const token = searchParams.get('token')
  if (!token) return { accept: false, status: 401, reason: 'Connect with a token from the app.' }
  const check = await verifyChannelToken(token, secret, now)
  if (!check.ok) return { accept: false, status: 401, reason: check.reason }
  if (check.claims.channel !== channel) {
    return {
      accept: false,
      status: 403,
      reason: `This token is for ${check.claims.channel}, not ${channel}.`,
    }
  }
  return { accept: true, userId: check.claims.sub, channel }
}
// #endregion handshake
