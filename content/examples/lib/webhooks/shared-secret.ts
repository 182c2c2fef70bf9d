/**
 * A hook that sends a shared secret as it is (a header or a query parameter) instead of a
 * signature: the secret is the whole credential, so compare it without leaking how much matched.
 */

const encoder = new TextEncoder()

// #region compare
/** True when `given` is the secret. Constant time, whatever the lengths. */
export async function secretMatches(given: string, secret: string): Promise<boolean> {
  // A throwaway HMAC key turns both strings into fixed-length tags; subtle.verify compares
  // them in constant time, so neither the length nor the first differing character shows.
  const algorithm: HmacKeyGenParams = { name: 'HMAC', hash: 'SHA-256' }
  const key = await crypto.subtle.generateKey(algorithm, false, ['sign', 'verify'])
  const tag = await crypto.subtle.sign('HMAC', key, encoder.encode(secret))
  return crypto.subtle.verify('HMAC', key, tag, encoder.encode(given))
}
// #endregion compare
