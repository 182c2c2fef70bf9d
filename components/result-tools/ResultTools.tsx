import Link from 'next/link'
import { useRouter } from 'next/router'
import type { BoundaryId } from '../../content/boundaries'
import { fileTreeRoles, type FileTreeNode } from '../../lib/file-tree'
import { planHref } from '../../lib/planners/feature-plan'
import { parseFeatureName } from '../../lib/result-tools/feature-name'
import type { ScaffoldRequest } from '../../lib/scaffold/build-scaffold'
import { readResultQuery, resultHref } from '../../lib/wizard/result-query'
import { FileTreeView } from '../wizard/FileTreeView'
import { DecisionRecordPanel } from './DecisionRecordPanel'
import { DeploymentChoice } from './DeploymentChoice'
import { DeploymentNotes } from './DeploymentNotes'
import { FeatureForm } from './FeatureForm'
import form from './Form.module.css'
import styles from './ResultTools.module.css'
import { ScaffoldSection } from './ScaffoldSection'
import { usePersonalise } from './use-personalise'

/** What "Make it yours" works on: an outcome's or a recipe's scaffold, boundaries and listed files. */
export type ResultToolsProps = {
  /** The page the form reloads: a wizard result, a recipe or a scenario page. */
  path: string
  request: ScaffoldRequest
  boundaryIds: BoundaryId[]
  /** "Files to create" as the page lists them, shown until the reader's own files replace them. */
  listedFiles: FileTreeNode[]
  /** The wizard answers behind an outcome: the decision record and the plan need them. */
  answers?: string[]
}

/**
 * The result's next steps for the reader's named feature: what its deployment changes, the files to
 * start from (copy or download as a .zip) in place of the listed ones, and for an outcome a decision
 * record and a way into a whole-feature plan. Loaded on demand.
 */
export default function ResultTools({ path, request, boundaryIds, listedFiles, answers }: ResultToolsProps) {
  const router = useRouter()
  const query = readResultQuery(router.query)
  const personalise = usePersonalise(path)
  const parsed = parseFeatureName(query.feature ?? '')
  const name = parsed.ok ? parsed.name : null
  const listed = <FileTreeView nodes={listedFiles} />

  return (
    <section className={styles.tools} aria-label="Your feature">
      {!name && listed}
      <div className="nb-no-print">
        <FeatureForm
          action={path}
          name={query.feature ?? ''}
          error={parsed.ok ? undefined : parsed.message}
          withDecisionRecord={answers !== undefined}
          onSubmit={personalise}
        >
          <DeploymentChoice deployment={query.deployment} />
        </FeatureForm>
      </div>
      <div className="nb-no-print">
        <DeploymentNotes deployment={query.deployment} boundaryIds={boundaryIds} />
      </div>
      {name && (
        <ScaffoldSection
          name={name}
          request={request}
          fallback={listed}
          listedRoles={fileTreeRoles(listedFiles)}
        />
      )}
      {answers && (
        <div className="nb-no-print">
          <DecisionRecordPanel
            answers={answers}
            feature={name}
            deployment={query.deployment}
            sharePath={resultHref(path, query)}
          />
          <div>
            <h2 className={form.heading}>More than one operation?</h2>
            <p className={form.lead}>
              A feature usually has a page, a form and an endpoint or two.{' '}
              <Link href={planHref(query.feature, [{ name: request.title, answers }])} className="nb-link">
                Start a plan for the whole feature with this operation
              </Link>
              , then add the others.
            </p>
          </div>
        </div>
      )}
    </section>
  )
}
