import { boundaries, type BoundaryId } from '../../content/boundaries'
import { deploymentLabels, type DeploymentId } from '../../lib/result-tools/deployment'
import { deploymentNotes, deploymentSummaries } from '../../lib/result-tools/deployment-notes'
import { useFocusOnRequest } from '../site/produced-focus'
import form from './Form.module.css'
import styles from './ResultTools.module.css'

/** What the reader's deployment changes about this decision: for a static export, boundary by boundary. */
export function DeploymentNotes({
  deployment,
  boundaryIds,
}: {
  deployment: DeploymentId
  boundaryIds: BoundaryId[]
}) {
  const notes = deploymentNotes(deployment, boundaryIds)
  const headingRef = useFocusOnRequest<HTMLHeadingElement>('deployment-notes')
  return (
    <div className={styles.deployment} data-testid="deployment-notes" data-deployment={deployment}>
      <h2 ref={headingRef} tabIndex={-1} className={form.heading}>
        Deployed on {deploymentLabels[deployment].replace(/^A /, 'a ')}
      </h2>
      <p className={form.lead}>{deploymentSummaries[deployment]}</p>
      {notes.length > 0 && (
        <ul className={styles.notes}>
          {notes.map((note) => (
            <li key={note.boundary} data-availability={note.availability}>
              <strong>
                {boundaries[note.boundary].name}: {note.verdict}.
              </strong>{' '}
              {note.note}{' '}
              <a href={note.docs} className="nb-link">
                Next.js docs: static exports
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
