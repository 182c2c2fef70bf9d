import type { RecipeInput } from '../../lib/recipes/recipe-schema'

export const formsAndButtonsRecipes: RecipeInput[] = []
