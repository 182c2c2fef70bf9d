import Link from 'next/link'
import type { TrailEntryView } from '../../lib/wizard/wizard-view'
import styles from './Wizard.module.css'

/** "Check your answers": each question, the answer given, why it matters, and a link to change it. */
export function AnswerTrail({ trail, heading }: { trail: TrailEntryView[]; heading: string }) {
  if (trail.length === 0) return null
  return (
    <section className={styles.trail} aria-labelledby="answer-trail-heading">
      <h2 id="answer-trail-heading" className={styles.sectionHeading}>
        {heading}
      </h2>
      <dl>
        {trail.map((entry) => (
          <div key={entry.changeHref} className={styles.trailRow}>
            <dt>{entry.prompt}</dt>
            <dd>
              <strong>{entry.answer}</strong>
              <span className={styles.trailReason}>{entry.reason}</span>
              <Link href={entry.changeHref} className={`nb-link ${styles.changeLink}`}>
                Change<span className="nb-visually-hidden"> the answer to “{entry.prompt}”</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
