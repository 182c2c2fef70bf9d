import { recipeLibrary } from '../graph/decision-graph'
import type { Recipe } from './recipe-schema'

export { recipeLibrary }
export { recipeHref } from './recipe-href'

export function findRecipe(slug: string): Recipe | undefined {
  return recipeLibrary.find((recipe) => recipe.slug === slug)
}
