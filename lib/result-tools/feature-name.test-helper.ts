import { parseFeatureName, type FeatureName } from './feature-name'

/** A feature name for tests, which must be valid. */
export function featureName(text: string): FeatureName {
  const result = parseFeatureName(text)
  if (!result.ok) throw new Error(`${text}: ${result.message}`)
  return result.name
}
