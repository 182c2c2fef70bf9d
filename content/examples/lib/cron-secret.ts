/**
 * The shared secret a hosted scheduler sends with each call, as `Authorization: Bearer <secret>`.
 * Web Crypto only, so the check runs under next start, in the tests and in a browser alike.
 */

/** The secret the examples use when CRON_SECRET is not set. A real app refuses to start without one. */
export const exampleCronSecret = 'cron_example_next_boundaries'

export function cronSecret(): string {
  return process.env.CRON_SECRET ?? exampleCronSecret
}

const encoder = new TextEncoder()

/**
 * True when two strings are equal, found in constant time: both go through HMAC under a one-off key,
 * and crypto.subtle.verify compares the two fixed-length results without stopping at the first
 * difference, so the response time tells a guesser neither how much of a guess was right nor the
 * secret's length.
 */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
  const expectedMac = await crypto.subtle.sign('HMAC', key, encoder.encode(expected))
  return crypto.subtle.verify('HMAC', key, expectedMac, encoder.encode(given))
}

/** Whether the request carries the scheduler's secret as a bearer token. */
export async function hasCronSecret(request: Request, secret = cronSecret()): Promise<boolean> {
  const match = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')
  return match !== null && (await sameSecret(match[1]!, secret))
}
