import { useRouter } from 'next/router'
import { changedPart } from '../../lib/result-tools/changed-part'
import { isDeploymentId } from '../../lib/result-tools/deployment'
import { readResultQuery, resultHref } from '../../lib/wizard/result-query'
import { requestFocus } from '../site/produced-focus'

/**
 * Submits "Make it yours" in place: the name and deployment go into the address without a reload or a
 * scroll, and focus goes to the part of the tools that shows what changed once it has rendered.
 */
export function usePersonalise(path: string): (fields: FormData) => void {
  const router = useRouter()
  const query = readResultQuery(router.query)
  return (fields) => {
    const deploy = fields.get('deploy')
    const next = {
      feature: String(fields.get('feature') ?? ''),
      deployment: isDeploymentId(deploy) ? deploy : query.deployment,
    }
    requestFocus(changedPart(query, next))
    void router.replace(resultHref(path, next), undefined, { shallow: true, scroll: false })
  }
}
