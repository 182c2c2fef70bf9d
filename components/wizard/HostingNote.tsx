import Link from 'next/link'
import { boundaries, type BoundaryId } from '../../content/boundaries'
import { deploymentNotes, deploymentSummaries } from '../../lib/result-tools/deployment-notes'
import styles from './Wizard.module.css'

/** Where the answer for work a static export cannot run lives (the wizard's outside-the-app branch). */
const staticExportAnswer = '/decide/app-router/work-outlives-a-request/static-export-site/'

/**
 * How hosting changes this answer, on the same page as the answer: for a static export, each boundary
 * that cannot run there (or only in part) with what to do instead; for serverless functions, their
 * limits. Nothing for an answer that runs anywhere.
 */
export function HostingNote({ boundaryIds }: { boundaryIds: BoundaryId[] }) {
  const limited = deploymentNotes('static-export', boundaryIds).filter((note) => note.availability !== 'yes')
  if (limited.length === 0) return null
  return (
    <details className={`nb-no-print ${styles.hosting}`} data-testid="hosting-note">
      <summary>Hosted as a static export or on serverless functions? What changes</summary>
      <h2 className={styles.hostingHeading}>A static export (output: &apos;export&apos;)</h2>
      <ul>
        {limited.map((note) => (
          <li key={note.boundary}>
            <strong>
              {boundaries[note.boundary].name}: {note.verdict}.
            </strong>{' '}
            {note.note}
          </li>
        ))}
      </ul>
      <p>
        For a form or a change on a static site, see{' '}
        <Link href={staticExportAnswer} className="nb-link">
          the answer for work outside the Next.js app
        </Link>
        .
      </p>
      <h2 className={styles.hostingHeading}>Serverless functions</h2>
      <p>{deploymentSummaries.serverless}</p>
    </details>
  )
}
