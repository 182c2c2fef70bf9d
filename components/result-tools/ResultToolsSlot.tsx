import { useRouter } from 'next/router'
import { lazy, Suspense } from 'react'
import { readResultQuery } from '../../lib/wizard/result-query'
import { FileTreeView } from '../wizard/FileTreeView'
import { DeploymentChoice } from './DeploymentChoice'
import { FeatureForm } from './FeatureForm'
import type { ResultToolsProps } from './ResultTools'
import { usePersonalise } from './use-personalise'

// The scaffold, the decision record and the deployment notes load only once a reader asks for them.
const ResultTools = lazy(() => import('./ResultTools'))

/**
 * "Files to create" and the "Make it yours" form, every field shown from the start; with ?feature= in
 * the address, the tools that use it, whose files take the listed ones' place.
 */
export function ResultToolsSlot(props: ResultToolsProps) {
  const { path, listedFiles, answers } = props
  const { isReady, query } = useRouter()
  const personalise = usePersonalise(path)
  const feature = isReady && typeof query.feature === 'string' ? query.feature : null
  const form = (
    <>
      <FileTreeView nodes={listedFiles} />
      <div className="nb-no-print">
        <FeatureForm
          action={path}
          name={feature ?? ''}
          withDecisionRecord={answers !== undefined}
          onSubmit={personalise}
        >
          <DeploymentChoice deployment={readResultQuery(isReady ? query : {}).deployment} />
        </FeatureForm>
      </div>
    </>
  )
  if (feature === null) return form
  return (
    <Suspense fallback={form}>
      <ResultTools {...props} />
    </Suspense>
  )
}
