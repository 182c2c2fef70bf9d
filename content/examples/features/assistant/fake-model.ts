/**
 * A stand-in for a model API's streaming call. It writes the same short answer to any question,
 * one word at a time with a delay, and stops producing as soon as `signal` aborts, as a
 * provider's SDK stops (and stops billing) when you pass it the request's signal.
 */

export const fakeModelDelayMs = 50

const answerText =
  'Here is a short answer, written one word at a time so you can watch it arrive. A real model ' +
  'would answer the question; this stand-in only shows how the words travel and how Stop ends them.'

/** The words the model would send for a question, each with the space after it. */
export function plannedAnswer(question: string): string[] {
  const topic = question.trim().split(/\s+/).slice(0, 8).join(' ')
  return `You asked: “${topic}”. ${answerText}`.split(/(?<= )/)
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const stop = () => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop)
      resolve()
    }, ms)
    signal.addEventListener('abort', stop, { once: true })
  })
}

/** The answer's words as they are written; it throws the abort reason once `signal` aborts. */
export async function* streamAnswer(
  question: string,
  { signal, delayMs = fakeModelDelayMs }: { signal: AbortSignal; delayMs?: number },
): AsyncGenerator<string> {
  for (const word of plannedAnswer(question)) {
    await wait(delayMs, signal)
    yield word
  }
}
