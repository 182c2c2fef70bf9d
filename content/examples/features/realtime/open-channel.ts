/**
 * Browser code: join a project's realtime channel. It asks this app for a token, then opens the
 * WebSocket on the realtime server the answer names. Call it again to reconnect: a token lives one
 * minute, so a reconnect with the old one is refused.
 */

type TokenAnswer = { token: string; url: string; message?: string }
type Dependencies = { fetch: typeof fetch; WebSocket: new (url: string) => WebSocket }

export async function openChannel(
  channel: string,
  { fetch: request, WebSocket: Socket }: Dependencies = { fetch, WebSocket },
): Promise<WebSocket> {
  const response = await request(`/api/realtime/token?channel=${encodeURIComponent(channel)}`)
  const answer = (await response.json()) as TokenAnswer
  if (!response.ok) throw new Error(answer.message ?? `The app refused a token (${response.status}).`)
  const address = new URL(`/channels/${encodeURIComponent(channel)}`, answer.url)
  address.searchParams.set('token', answer.token)
  return new Socket(address.toString())
}
