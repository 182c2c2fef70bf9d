import type { ResultQuery } from '../wizard/result-query'
import { parseFeatureName } from './feature-name'

/**
 * The part of a result's tools that shows what a press on "Show my files" changed; each name is the
 * focus target (components/site/produced-focus.ts) of that part.
 */
export type ChangedPart = 'feature-name' | 'deployment-notes' | 'scaffold'

/**
 * Where the reader's attention goes after "Show my files": the name field when the name cannot be
 * used (its message is there), the deployment notes when only the deployment changed, else the files.
 */
export function changedPart(previous: ResultQuery, next: ResultQuery): ChangedPart {
  if (!parseFeatureName(next.feature ?? '').ok) return 'feature-name'
  if (previous.feature === next.feature && previous.deployment !== next.deployment) return 'deployment-notes'
  return 'scaffold'
}
