/** The secret the examples use when WORKER_SECRET is not set. A real app refuses to start. */
export const exampleWorkerSecret = 'worker_example_next_boundaries'

export function workerSecret(): string {
  return process.env.WORKER_SECRET ?? exampleWorkerSecret
}

const encoder = new TextEncoder()
const digest = async (text: string) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)))

/**
 * True when the request carries the worker's secret (`Authorization: Bearer <secret>`). Compares
 * digests of equal length byte by byte, so the time it takes says nothing about the secret.
 */
export async function isWorkerRequest(request: Request): Promise<boolean> {
  const given = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1]
  if (!given) return false
  const [a, b] = await Promise.all([digest(given), digest(workerSecret())])
  return a.reduce((difference, byte, index) => difference | (byte ^ b[index]!), 0) === 0
}
