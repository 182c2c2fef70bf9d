import Link from 'next/link'
import { useRouter } from 'next/router'
import { checkedGraph } from '../../lib/graph/checked-graph'
import { scaffoldFiles } from '../../lib/graph/outcome-scaffold'
import { resolve } from '../../lib/wizard/engine'
import { planHref } from '../../lib/planners/feature-plan'
import { parseFeatureName } from '../../lib/result-tools/feature-name'
import { readResultQuery, resultHref } from '../../lib/wizard/result-query'
import { DecisionRecordPanel } from './DecisionRecordPanel'
import { DeploymentChoice } from './DeploymentChoice'
import { DeploymentNotes } from './DeploymentNotes'
import { FeatureForm } from './FeatureForm'
import form from './Form.module.css'
import styles from './ResultTools.module.css'
import { ScaffoldSection } from './ScaffoldSection'
import { usePersonalise } from './use-personalise'

/**
 * The result's next steps for the reader's named feature: what its deployment changes, the files to
 * start from (copy or download as a .zip), a decision record, and a way into a whole-feature plan.
 * Loaded on demand.
 */
export default function ResultTools({ answers, path }: { answers: string[]; path: string }) {
  const router = useRouter()
  const query = readResultQuery(router.query)
  const personalise = usePersonalise(path)
  const resolution = resolve(checkedGraph, answers)
  if (resolution.kind !== 'result') throw new Error(`No decision at ${path}`)
  const { outcome } = resolution
  const parsed = parseFeatureName(query.feature ?? '')
  const name = parsed.ok ? parsed.name : null

  return (
    <section className={styles.tools} aria-label="Your feature">
      <FeatureForm
        action={path}
        name={query.feature ?? ''}
        error={parsed.ok ? undefined : parsed.message}
        onSubmit={personalise}
      >
        <DeploymentChoice deployment={query.deployment} />
      </FeatureForm>
      <DeploymentNotes deployment={query.deployment} boundaryIds={outcome.boundaries} />
      {name && (
        <ScaffoldSection
          name={name}
          request={{ title: outcome.title, checklist: outcome.checklist, roots: scaffoldFiles(outcome) }}
        />
      )}
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
          <Link href={planHref(query.feature, [{ name: outcome.title, answers }])} className="nb-link">
            Start a plan for the whole feature with this operation
          </Link>
          , then add the others.
        </p>
      </div>
    </section>
  )
}
