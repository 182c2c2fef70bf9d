import type { RecipeInput } from '../../lib/recipes/recipe-schema'

export const otherCallersRecipes: RecipeInput[] = []
