import { isDeploymentId, type DeploymentId } from './deployment'

/** The personalisation of a result page, read from its query string (?feature=…&deploy=…). */
export type ResultQuery = { feature: string | null; deployment: DeploymentId }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export function readResultQuery(query: Record<string, string | string[] | undefined>): ResultQuery {
  const feature = first(query.feature)
  const deploy = first(query.deploy)
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
  const search = params.toString()
  return search ? `${path}?${search}` : path
}
