import { useRouter } from 'next/router'
import { lazy, Suspense } from 'react'
import { readResultQuery } from '../../lib/wizard/result-query'
import { DeploymentChoice } from './DeploymentChoice'
import { FeatureForm } from './FeatureForm'
import { usePersonalise } from './use-personalise'

// The scaffold, the decision record and the deployment notes load only once a reader asks for them.
const ResultTools = lazy(() => import('./ResultTools'))

/** The "Make it yours" form, every field shown from the start; with ?feature= in the address, the tools that use it. */
export function ResultToolsSlot({ answers, path }: { answers: string[]; path: string }) {
  const { isReady, query } = useRouter()
  const personalise = usePersonalise(path)
  const feature = isReady && typeof query.feature === 'string' ? query.feature : null
  const form = (
    <FeatureForm action={path} name={feature ?? ''} onSubmit={personalise}>
      <DeploymentChoice deployment={readResultQuery(isReady ? query : {}).deployment} />
    </FeatureForm>
  )
  if (feature === null) return form
  return (
    <Suspense fallback={form}>
      <ResultTools answers={answers} path={path} />
    </Suspense>
  )
}
