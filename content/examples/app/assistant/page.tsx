import { listAnswersOf } from '@/features/assistant/answers'
import { getSessionUser } from '@/lib/auth'
import { AnswerBox } from './answer-box'

const statusLabel = {
  writing: 'Still being written…',
  complete: 'Complete.',
  stopped: 'Stopped.',
}

export default async function AssistantPage() {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to ask the assistant.</p>
  const answers = listAnswersOf(user.id)
  return (
    <>
      <h1>Assistant</h1>
      <AnswerBox />
      {answers.length > 0 && (
        <section aria-labelledby="earlier-answers">
          <h2 id="earlier-answers">Earlier answers</h2>
          <ol>
            {answers.map((answer) => (
              <li key={answer.id} data-answer-status={answer.status}>
                <p>
                  <strong>{answer.question}</strong>
                </p>
                <p data-answer-text>{answer.text}</p>
                <p>{statusLabel[answer.status]}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  )
}
