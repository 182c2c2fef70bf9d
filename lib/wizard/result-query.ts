import { isDeploymentId, type DeploymentId } from '../result-tools/deployment'
import { firstValue, hrefWithQuery, type QueryValue } from '../query-string'

/** The personalisation of a result page, read from its query string (?feature=…&deploy=…). */
export type ResultQuery = { feature: string | null; deployment: DeploymentId }

export function readResultQuery(query: Record<string, QueryValue>): ResultQuery {
  const feature = firstValue(query.feature)
  const deploy = firstValue(query.deploy)
  return {
    feature: feature === undefined ? null : feature,
    deployment: isDeploymentId(deploy) ? deploy : 'node-server',
  }
}

/** The address of a result page with the reader's feature and deployment in it. */
export function resultHref(path: string, { feature, deployment }: ResultQuery): string {
  const params = new URLSearchParams()
  if (feature !== null) params.set('feature', feature)
  if (deployment !== 'node-server') params.set('deploy', deployment)
  return hrefWithQuery(path, params)
}
