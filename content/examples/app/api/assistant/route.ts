import { z } from 'zod'
import { answerStream, isWritingFor, startAnswer } from '@/features/assistant/answers'
import { streamAnswer } from '@/features/assistant/fake-model'
import { getSessionUser } from '@/lib/auth'
import { jsonError, readJson, validationError } from '@/lib/http'
import { refuseCrossSiteMutation } from '@/lib/same-origin'

const questionSchema = z.object({
  question: z.string().trim().min(1, 'Ask a question.').max(500, 'Keep it under 500 characters.'),
})

// A chat answer, sent word by word as the model writes it: a POST that returns a stream.
export async function POST(request: Request): Promise<Response> {
  // The session cookie rides along on any request to this site: refuse other sites' pages.
  const refusal = refuseCrossSiteMutation(request)
  if (refusal) {
    const { status, error, message, headers } = refusal
    return jsonError(status, error, message, { headers })
  }
  const user = await getSessionUser()
  if (!user) return jsonError(401, 'unauthorized', 'Sign in to ask the assistant.')
  const body = await readJson(request)
  if (body === undefined) return jsonError(400, 'invalid_json', 'Send the question as JSON.')
  const parsed = questionSchema.safeParse(body)
  if (!parsed.success) return validationError(parsed.error)
  // Each word costs money: one answer at a time per person.
  if (isWritingFor(user.id)) {
    return jsonError(429, 'answer_in_progress', 'An answer is still being written. Stop it first.')
  }

  const answer = startAnswer(user.id, parsed.data.question)
  // request.signal aborts when the reader presses Stop or leaves: the model stops writing.
  const words = streamAnswer(parsed.data.question, { signal: request.signal })
  return new Response(answerStream(answer, words), {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      // Every answer is new and private: no cache may keep one.
      'Cache-Control': 'no-store',
      // The browser takes the type as sent and never guesses another from the words.
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
