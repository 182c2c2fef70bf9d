import Link from 'next/link'
import { useRouter } from 'next/router'
import { checkedGraph } from '../lib/checked-graph'
import type { DeploymentId } from '../lib/deployment'
import { resolve } from '../lib/engine'
import { planHref } from '../lib/feature-plan'
import { parseFeatureName } from '../lib/feature-name'
import { resultHref, type ResultQuery } from '../lib/result-query'
import { DecisionRecordPanel } from './DecisionRecordPanel'
import { DeploymentNotes } from './DeploymentNotes'
import { FeatureForm } from './FeatureForm'
import styles from './ResultTools.module.css'
import { ScaffoldSection } from './ScaffoldSection'

/**
 * The result's next steps for the reader's named feature: what its deployment changes, the files to
 * start from (copy or download as a .zip), a decision record, and a way into a whole-feature plan.
 * Loaded on demand.
 */
export default function ResultTools({
  answers,
  path,
  query,
}: {
  answers: string[]
  path: string
  query: ResultQuery
}) {
  const router = useRouter()
  const resolution = resolve(checkedGraph, answers)
  if (resolution.kind !== 'result') throw new Error(`No decision at ${path}`)
  const { outcome } = resolution
  const parsed = parseFeatureName(query.feature ?? '')
  const name = parsed.ok ? parsed.name : null

  function personalise(feature: string, deployment: DeploymentId) {
    void router.replace(resultHref(path, { feature, deployment }), undefined, {
      shallow: true,
      scroll: false,
    })
  }

  return (
    <section className={styles.tools} aria-label="Your feature">
      <FeatureForm
        action={path}
        name={query.feature ?? ''}
        deployment={query.deployment}
        error={parsed.ok ? undefined : parsed.message}
        onSubmit={personalise}
      />
      <DeploymentNotes deployment={query.deployment} boundaryIds={outcome.boundaries} />
      {name && (
        <ScaffoldSection
          name={name}
          request={{ title: outcome.title, checklist: outcome.checklist, roots: outcome.scaffold }}
        />
      )}
      <DecisionRecordPanel
        answers={answers}
        feature={name}
        deployment={query.deployment}
        sharePath={resultHref(path, query)}
      />
      <div>
        <h2 className={styles.heading}>More than one operation?</h2>
        <p className={styles.lead}>
          A feature usually has a page, a form and an endpoint or two.{' '}
          <Link href={planHref(query.feature, [{ name: outcome.title, answers }])}>
            Start a plan for the whole feature with this operation
          </Link>
          , then add the others.
        </p>
      </div>
    </section>
  )
}
