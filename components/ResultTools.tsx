import { useRouter } from 'next/router'
import { useEffect, useMemo, useState } from 'react'
import { decisionGraph } from '../lib/decision-graph'
import type { DeploymentId } from '../lib/deployment'
import { resolve } from '../lib/engine'
import { parseFeatureName } from '../lib/feature-name'
import { resultHref, type ResultQuery } from '../lib/result-query'
import { buildScaffold, scaffoldClosure, scaffoldNameClash } from '../lib/scaffold/build-scaffold'
import { scaffoldTemplatesUrl, type ScaffoldTemplates } from '../lib/scaffold/template-parts'
import { DecisionRecordPanel } from './DecisionRecordPanel'
import { DeploymentNotes } from './DeploymentNotes'
import { FeatureForm } from './FeatureForm'
import { ScaffoldFiles } from './ScaffoldFiles'
import styles from './ResultTools.module.css'

type Templates =
  | { state: 'loading' }
  | { state: 'ready'; templates: ScaffoldTemplates }
  | { state: 'failed'; message: string }

function useScaffoldTemplates(): Templates {
  const [templates, setTemplates] = useState<Templates>({ state: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    fetch(scaffoldTemplatesUrl, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`)
        setTemplates({ state: 'ready', templates: (await response.json()) as ScaffoldTemplates })
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        setTemplates({ state: 'failed', message: error instanceof Error ? error.message : String(error) })
      })
    return () => controller.abort()
  }, [])
  return templates
}

/**
 * The result's next steps for the reader's named feature: what its deployment changes, the files to
 * start from (copy or download as a .zip) and a decision record. Loaded on demand.
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
  const templates = useScaffoldTemplates()
  const resolution = useMemo(() => resolve(decisionGraph, answers), [answers])
  const parsed = parseFeatureName(query.feature ?? '')
  if (resolution.kind !== 'result') throw new Error(`No decision at ${path}`)
  const { outcome } = resolution

  const files =
    parsed.ok && templates.state === 'ready' ? scaffoldClosure(outcome.scaffold, templates.templates) : []
  const clash =
    parsed.ok && templates.state === 'ready'
      ? scaffoldNameClash(files, templates.templates, parsed.name)
      : null
  const error = parsed.ok
    ? clash &&
      `“${parsed.name.text}” would give the identifier “${clash}”, which the files already use. Add a word, for example “team ${parsed.name.text}”.`
    : parsed.message

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
        error={error || undefined}
        onSubmit={personalise}
      />
      <DeploymentNotes deployment={query.deployment} boundaryIds={outcome.boundaries} />
      {parsed.ok && !error && (
        <>
          {templates.state === 'loading' && <p role="status">Loading the file templates…</p>}
          {templates.state === 'failed' && (
            <p role="alert" className={styles.error}>
              The file templates could not be loaded ({templates.message}). Reload the page to try again.
            </p>
          )}
          {templates.state === 'ready' && (
            <ScaffoldFiles
              name={parsed.name}
              files={buildScaffold(
                { title: outcome.title, checklist: outcome.checklist, roots: outcome.scaffold },
                templates.templates,
                parsed.name,
              )}
            />
          )}
        </>
      )}
      <DecisionRecordPanel
        answers={answers}
        feature={parsed.ok && !error ? parsed.name : null}
        deployment={query.deployment}
        sharePath={resultHref(path, query)}
      />
    </section>
  )
}
