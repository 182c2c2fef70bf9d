/** Where the reader's app runs; it decides which boundaries exist at all. */
export const deploymentIds = ['node-server', 'serverless', 'static-export'] as const
export type DeploymentId = (typeof deploymentIds)[number]

/** The choices on a result page's form; what each one means is in deployment-notes.ts, loaded later. */
export const deploymentLabels: Record<DeploymentId, string> = {
  'node-server': 'A Node.js server (next start, a container)',
  serverless: 'Serverless functions (a hosting platform)',
  'static-export': "A static export (output: 'export')",
}

export function isDeploymentId(value: unknown): value is DeploymentId {
  return typeof value === 'string' && (deploymentIds as readonly string[]).includes(value)
}
