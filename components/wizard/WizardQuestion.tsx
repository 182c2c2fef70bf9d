import Link from 'next/link'
import type { WizardView } from '../../lib/wizard/wizard-view'
import { answerAnchor } from '../../lib/wizard/wizard-url'
import { AnswerTrail } from './AnswerTrail'
import { useAnswerGivenBefore } from './use-answer-given-before'
import styles from './Wizard.module.css'

type Step = Extract<WizardView, { kind: 'step' }>

/**
 * One question of the wizard: every answer is a plain link to the next step's URL. An address
 * ending in #answer-<slug> ("Change", "Back") marks that answer as the one given before: CSS
 * :target in the HTML, aria-current once React has read the fragment.
 */
export function WizardQuestion({ view }: { view: Step }) {
  const givenBefore = useAnswerGivenBefore()
  return (
    <div className={styles.wizard}>
      <p className={styles.progress}>
        Question {view.questionNumber} of at most {view.questionsAtMost}
      </p>
      <h1 className={styles.prompt}>{view.prompt}</h1>
      <p className={styles.help}>{view.help}</p>
      <ul className={styles.answers} aria-label="Answers">
        {view.answers.map((answer) => (
          <li key={answer.href} id={answerAnchor(answer.slug)} className={styles.answerItem}>
            <Link
              href={answer.href}
              className={styles.answer}
              data-answer=""
              aria-current={answer.slug === givenBefore ? 'true' : undefined}
            >
              <span className={styles.givenBefore}>Your answer before</span>
              <span className={styles.answerLabel}>{answer.label}</span>
              <span className={styles.answerHelp}>{answer.help}</span>
            </Link>
          </li>
        ))}
      </ul>
      {view.questionNumber > 1 && (
        <p className={styles.startOver}>
          <Link href="/decide/" className="nb-link">
            Start over
          </Link>
        </p>
      )}
      <AnswerTrail trail={view.trail} heading="Your answers so far" />
      {view.allOutcomes.length > 0 && (
        <section aria-labelledby="all-outcomes-heading" className={styles.allOutcomes}>
          <h2 id="all-outcomes-heading" className={styles.sectionHeading}>
            Every possible answer
          </h2>
          <p>Prefer to skim first? Each of these opens the answer with the questions that lead to it.</p>
          <ul>
            {view.allOutcomes.map((outcome) => (
              <li key={outcome.id}>
                <Link href={outcome.href} className="nb-link">
                  {outcome.title}
                </Link>{' '}
                <span className={styles.boundaryNames}>({outcome.boundaryNames.join(', ')})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
