import 'server-only'
import { db } from '@/lib/db'

/**
 * A stand-in for a text model's API, as its SDK would be called: one request per completion, each
 * spending a credit of the user's plan, refused once the credits are gone. It writes a tagline from
 * the prompt and a seed, so the example runs with no network and no key.
 */

export class ModelError extends Error {}

const openers = ['Meet', 'Say hello to', 'Introducing', 'Here is', 'Discover', 'Welcome']
const endings = ['built to last.', 'made simple.', 'for everyone.', 'ready today.', 'done right.']

const pick = (words: string[], byte: number) => words[byte % words.length]

export async function completeTagline(userId: string, prompt: string, seed: string) {
  const credits = db().modelCredits[userId] ?? 0
  if (credits <= 0) throw new ModelError('No model credits left on your plan.')
  db().modelCredits[userId] = credits - 1
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${seed}\n${prompt}`)),
  )
  return `${pick(openers, digest[0]!)} ${prompt}, ${pick(endings, digest[1]!)}`
}
