import 'server-only'
import { db, newId, type AssistantAnswer } from '@/lib/db'

export function startAnswer(ownerId: string, question: string): AssistantAnswer {
  const answer: AssistantAnswer = {
    id: newId('ans'),
    ownerId,
    question,
    text: '',
    status: 'writing',
  }
  db().answers.push(answer)
  return answer
}

/** True while one of this person's answers is still being written. */
export function isWritingFor(ownerId: string): boolean {
  return db().answers.some((answer) => answer.ownerId === ownerId && answer.status === 'writing')
}

export function listAnswersOf(ownerId: string): AssistantAnswer[] {
  return db().answers.filter((answer) => answer.ownerId === ownerId)
}

// #region stream
/**
 * The model's words as the response body, saved as they go. The stream pulls one word at a time,
 * so nothing is produced ahead of the reader. If the reader stops (the request's signal aborts,
 * or the body is cancelled), the words sent so far stay saved, marked stopped.
 */
export function answerStream(
  answer: AssistantAnswer,
  words: AsyncGenerator<string>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const stopped = () => {
    if (answer.status === 'writing') answer.status = 'stopped'
  }
  return new ReadableStream({
    async pull(controller) {
      try {
        const next = await words.next()
        // Cancelled while the model was writing this word: it was never sent, so it is not saved.
        if (answer.status !== 'writing') return
        if (next.done) {
          answer.status = 'complete'
          controller.close()
        } else {
          answer.text += next.value
          controller.enqueue(encoder.encode(next.value))
        }
      } catch (error) {
        stopped()
        controller.error(error)
      }
    },
    async cancel() {
      stopped()
      await words.return(undefined)
    },
  })
}
// #endregion stream
