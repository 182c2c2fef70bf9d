import { errorEntries } from '../../content/errors'
import { recipeLibrary } from '../recipes/recipe-library'
import type { ErrorEntry } from './error-schema'
import { loadErrorEntries } from './load-errors'

/**
 * The error pages, checked against their schema and the recipe list. Site paths and Next.js docs
 * links are checked when the build starts (scripts/build/check-content.ts), where the files are.
 */
export const errorLibrary: ErrorEntry[] = loadErrorEntries(errorEntries, {
  recipeSlugs: new Set(recipeLibrary.map((recipe) => recipe.slug)),
  sitePage: () => true,
})

export { errorHref } from './error-href'

export function findErrorEntry(slug: string): ErrorEntry | undefined {
  return errorLibrary.find((entry) => entry.slug === slug)
}
