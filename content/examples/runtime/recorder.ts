/**
 * What an example did besides its return value: the Next.js calls it made (revalidatePath,
 * redirect, cookies().set, ...) and the cookies of the request it ran for. The shims of `next/*`
 * in this folder write here; the Run panel and the example tests read it.
 */

export type RuntimeCall = { api: string; args: unknown[] }

type RuntimeState = { calls: RuntimeCall[]; cookies: Map<string, string>; headers: Headers }

const state: RuntimeState = { calls: [], cookies: new Map(), headers: new Headers() }

export function recordCall(api: string, ...args: unknown[]): void {
  state.calls.push({ api, args })
}

/** The calls recorded since the last take, oldest first; clears the list. */
export function takeCalls(): RuntimeCall[] {
  return state.calls.splice(0)
}

/** Set the cookies the next example call sees, as if its request carried them. */
export function setRequestCookies(cookies: Record<string, string>): void {
  state.cookies = new Map(Object.entries(cookies))
}

export function requestCookies(): Map<string, string> {
  return state.cookies
}

/** Set the headers the next example call sees, as if its request carried them. */
export function setRequestHeaders(headers: Record<string, string>): void {
  state.headers = new Headers(headers)
}

export function requestHeaders(): Headers {
  return state.headers
}
