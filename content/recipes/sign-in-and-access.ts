import type { RecipeInput } from '../../lib/recipes/recipe-schema'

/** A sign-in callback from another site, and access control across entry points. */
export const signInAndAccessRecipes: RecipeInput[] = []
